-- %x and [%x] and their complements agree on all 256 bytes; [^%x] equals %X
local bytes = {}
for i = 0, 255 do bytes[#bytes + 1] = string.char(i) end
for _, c in ipairs({ "a", "c", "d", "l", "p", "s", "u", "w", "x", "z" }) do
  local agree, agreeneg, n = 0, 0, 0
  for _, b in ipairs(bytes) do
    local m1 = b:find("%" .. c) ~= nil
    local m2 = b:find("[%" .. c .. "]") ~= nil
    local m3 = b:find("[^%" .. c .. "]") ~= nil
    local m4 = b:find("%" .. c:upper()) ~= nil
    if m1 == m2 then agree = agree + 1 end
    if m3 == m4 then agreeneg = agreeneg + 1 end
    if m1 then n = n + 1 end
  end
  print(c, n, agree, agreeneg)
end
