local i, s = 0, 0
while i < 10 do
  i = i + 1
  if i % 2 == 0 then
    s = s + i
  else
    local skip = true
  end
end
print(i, s)
local n = 100
local steps = 0
repeat
  if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end
  steps = steps + 1
until n == 1
print(steps)
local words = {}
local text = "a bb ccc dddd"
local pos = 1
while true do
  local st, en = text:find("%S+", pos)
  if not st then break end
  words[#words + 1] = text:sub(st, en):upper()
  pos = en + 1
end
print(table.concat(words, "|"))
local k = 5
repeat k = k - 1 until k <= 0 or k == 3
print(k)
local x = 0
while x < 3 do x = x + 1 end while x > 0 do x = x - 2 end
print(x)
