-- up to 32 captures are allowed; more is an error
local function caps(n) return string.rep("(.)", n) end
local s = string.rep("x", 40)
print(select('#', s:match(caps(1))))
print(select('#', s:match(caps(31))))
print(select('#', s:match(caps(32))))
print(pcall(string.match, s, caps(33)))
print(pcall(string.find, s, caps(33)))
print(pcall(string.gsub, s, caps(33), ""))
print(select('#', s:find(caps(32))))
local t = { s:match(string.rep("()", 32)) }
print(#t, t[1], t[32])
print(pcall(string.match, s, string.rep("()", 33)))
