-- library functions called inside coroutines between yields (no yield inside the C calls)
local co = coroutine.wrap(function()
  local t = { 5, 3, 9, 1 }
  table.sort(t)
  coroutine.yield(table.concat(t, ","))
  local s = ("hello world"):gsub("o", "0")
  coroutine.yield(s)
  local parts = {}
  for w in ("a b c"):gmatch("%a") do parts[#parts + 1] = w:upper() coroutine.yield(w) end
  coroutine.yield(table.concat(parts))
  local ok, err = pcall(error, "caught inside")
  coroutine.yield(tostring(ok) .. " " .. err)
  return string.format("%05.1f", 3.14159)
end)
for _ = 1, 8 do print(co()) end
