-- the line reported is the line of the offending token; 'to close' names the opening line
local srcs = {
  "function f()\n  local x = 1\n",
  "if a then\n\n\n  x = 1\nelse\n",
  "do\n  while true do\n  end\n",
  "local t = {\n  1,\n  2,\n",
  "f(1,\n2,\n3",
  "for i = 1, 10 do\n  if i then\n  end\n",
  "repeat\n  x = 1\n\n",
  "x = [[\nlong\nstring\n",
  "x = 1\ny = 2\nz = = 3",
  "local s = 'ok'\nlocal t = \"unfinished\n",
  "return function()\nend)",
  "x = {\n[1] = 1,\n[2] 2\n}",
  "a = (1\n+\n2",
  "function a.b.c:d:e() end",
  "function a:b.c() end",
}
for i, s in ipairs(srcs) do
  local f, err = loadstring(s, "=src")
  print(i, err)
end
