-- ref: luajit
-- a generator whose body runs under pcall and yields many times
local function safe_range(n)
  return coroutine.wrap(function()
    local ok, err = pcall(function()
      for i = 1, n do coroutine.yield(i) end
      error("range exhausted", 0)
    end)
    coroutine.yield(nil, err)
  end)
end
local it = safe_range(5)
local out = {}
while true do
  local v, err = it()
  if v == nil then print("stopped:", err) break end
  out[#out + 1] = v
end
print(table.concat(out, " "))
