-- exact line events for several control structures
local lines = {}
local function record(_, l) lines[#lines + 1] = l end
local function body(n)
  local acc = 0
  while n > 0 do
    if n % 2 == 0 then
      acc = acc + n
    else
      acc = acc - 1
    end
    n = n - 1
  end
  repeat
    acc = acc * 2
  until acc > 10
  return acc
end
debug.sethook(record, "l")
local r = body(4)
debug.sethook()
print(r)
print(table.concat(lines, " "))
lines = {}
local function oneliner(x) if x then return 1 else return 2 end end
debug.sethook(record, "l")
oneliner(true) oneliner(false)
debug.sethook()
print(table.concat(lines, " "))
