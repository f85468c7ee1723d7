print(1 --[[ inline ]] + --[==[ another ]==] 2)
local t = { 1, --[[ comment inside table ]] 2, -- line comment in table
  3 }
print(#t)
print("--" .. "not a comment")
-- with LUA_COMPAT_LSTR, "[[" inside a level-0 long string or comment is an error in 5.1
print(loadstring("return [[--[[ inside long string ]]"))
print(loadstring("--[[ a [[ nested ]] comment ]]"))
print(loadstring("return [=[ [[ fine at level 1 ]] ]=]")())
print(loadstring("return [[ [= and [==[ are fine ]]")())
-- comment ending with backslash \
print("after backslash comment")
--[[ multi
line
comment ]]print("immediately after block comment")
local s = "x" -- [[ not a block comment because of the space
print(s)
print(loadstring("--")(), loadstring("--[[]]") ~= nil, loadstring("-- only a comment") ~= nil)
print(loadstring("return 1 --[[ unclosed"))
print(loadstring("return --\n 7")())
