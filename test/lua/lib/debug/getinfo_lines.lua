-- currentline and the 'L' option (activelines, printed sorted)
local function where() return debug.getinfo(2, "l").currentline end
print(where())
print(
  where()
)
local function f(x)
  if x then
    return where()
  else
    return where()
  end
end
print(f(true), f(false))
local function g(x)
  local r
  if x then
    r = where()
  else
    r = where()
  end
  return r
end
print(g(true), g(false))
local function lines(fn)
  local t = {}
  for l in pairs(debug.getinfo(fn, "L").activelines) do t[#t + 1] = l end
  table.sort(t)
  return table.concat(t, ",")
end
print(lines(f))
print(lines(where))
print(debug.getinfo(print, "L").activelines)
print(debug.getinfo(1, "l").currentline, debug.getinfo(print, "l").currentline)
