-- line hooks report each new line executed
local lines = {}
local function hook(ev, line) lines[#lines + 1] = line end
local function work(n)
  local s = 0
  for i = 1, n do
    s = s + i
  end
  return s
end
debug.sethook(hook, "l")
local r = work(3)
debug.sethook()
print(r)
print(table.concat(lines, " "))
