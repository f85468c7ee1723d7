local function range(n)
  local i = 0
  return function() i = i + 1 if i <= n then return i end end
end
local t = {}
for v in range(5) do t[#t + 1] = v end
print(table.concat(t, ","))
-- stateless iterator: f, s, control
local function iter(s, c)
  if c < s then return c + 1, (c + 1) * (c + 1) end
end
for i, sq in iter, 4, 0 do io.write(i, "=", sq, " ") end
print()
-- the iterator gets the state and the previous control value
local calls = {}
local function spy(s, c)
  calls[#calls + 1] = tostring(s) .. "/" .. tostring(c)
  if c == nil then return 1 elseif c < 3 then return c + 1 end
end
for x in spy, "st" do end
print(table.concat(calls, " "))
-- extra values from the explist are dropped, missing ones are nil
for a, b, c in function(s, c) if not c then return 1, 2 end end do print(a, b, c) end
local function three() return function(_, c) if not c then return "only" end end, nil, nil, "extra" end
for v in three() do print(v) end
-- iteration stops at the first nil control value, even if other values follow
for a, b in function(_, c) if not c then return nil, "ignored" end end do print("never") end
-- assigning to the loop variable does not affect iteration
local out = {}
for i, v in ipairs({ "a", "b", "c" }) do out[#out + 1] = i .. v; i = 100 end
print(table.concat(out, " "))
-- next as the iterator
local keys = {}
for k, v in next, { x = 1, y = 2, z = 3 } do keys[#keys + 1] = k .. v end
table.sort(keys)
print(table.concat(keys, " "))
-- closures over loop vars
local fs = {}
for i, v in ipairs({ 10, 20, 30 }) do fs[i] = function() return i, v end end
print(fs[1]()); print(fs[3]())
-- break out of generic for
for i in range(100) do if i == 4 then print("broke at", i) break end end
