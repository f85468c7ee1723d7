-- deeply nested blocks, closures and tables
local src = {}
for i = 1, 50 do src[#src + 1] = "do local v" .. i .. " = " .. i end
src[#src + 1] = "result = v1 + v25 + v50"
for i = 1, 50 do src[#src + 1] = "end" end
local env = {}
setfenv(loadstring(table.concat(src, " ")), env)()
print(env.result)
local f = function() return 0 end
for i = 1, 100 do local g, n = f, i f = function() return g() + n end end
print(f())
local t = {}
local cur = t
for i = 1, 100 do cur.next = { depth = i } cur = cur.next end
local d, node = 0, t.next
while node do d = node.depth node = node.next end
print(d)
local nested = "return " .. string.rep("{", 100) .. "'core'" .. string.rep("}", 100)
local v = loadstring(nested)()
for i = 1, 100 do v = v[1] end
print(v)
local fn = "return " .. string.rep("function() return ", 50) .. "'innermost'" .. string.rep(" end", 50)
local h = loadstring(fn)()
for i = 1, 50 do h = h() end
print(h)
local ifs = string.rep("if true then ", 100) .. "x = 'deep if'" .. string.rep(" end", 100)
local ienv = {}
setfenv(loadstring(ifs), ienv)()
print(ienv.x)
