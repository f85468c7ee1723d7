-- weak tables: only what is deterministic is checked (strongly held entries survive)
local keep = {}
local wk = setmetatable({}, { __mode = "k" })
local wv = setmetatable({}, { __mode = "v" })
local wkv = setmetatable({}, { __mode = "kv" })
for i = 1, 10 do
  local obj = { i = i }
  keep[i] = obj
  wk[obj] = i
  wv[i] = obj
  wkv[obj] = obj
end
-- non-collectable keys and values are never removed
wk["str"] = "string key"
wv.num = 123
wv.s = "string value"
collectgarbage()
collectgarbage()
local nk, nv, nkv = 0, 0, 0
for k, v in pairs(wk) do if type(k) == "table" then nk = nk + 1 end end
for k, v in pairs(wv) do if type(v) == "table" then nv = nv + 1 end end
for k, v in pairs(wkv) do nkv = nkv + 1 end
print(nk, nv, nkv, wk.str, wv.num, wv.s)
for i = 1, 10 do assert(wk[keep[i]] == i and wv[i] == keep[i] and wkv[keep[i]] == keep[i]) end
print("all strong entries survived")
print(getmetatable(wk).__mode, getmetatable(wv).__mode)
-- a weak table still behaves like a table
wv[100] = "x"
print(wv[100], rawget(wv, 100))
