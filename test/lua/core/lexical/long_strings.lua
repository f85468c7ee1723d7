local a = [[hello]]
print(a, #a)
local b = [[
first newline skipped]]
print(b, #b)
local c = [[

two newlines, one kept]]
print(c, #c)
local d = [==[with ]] and ]=] inside]==]
print(d)
local e = [=[
[[nested]] brackets]=]
print(e)
local f = [[a\nb\tc]]
print(f, #f)
local g = [[line1
line2
line3]]
print(g)
print(#[[]], #[[
]])
print([[ends with bracket ]].."]")
print([==[]==] == "")
local h = [[
]]
print(#h)
print(type([[x]]), [[x]] == "x")
print(string.len([=[a]]b]=]))
