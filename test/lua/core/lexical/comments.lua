-- line comment
print("a") -- trailing comment
--[[ block
comment ]] print("b")
--[==[ level-2 block with ]] inside
]==] print("c")
--[[ ]] print("d")
---[[ this is a line comment, so the next line runs
print("e")
--]]
-- a comment with a long bracket that is not opened: --[ x
print("f")
--[=[
nested --[[ ]] still comment
]=]
print("g") --[[ block at end of line ]]
local x = 1 --[[inline]] + 2
print(x)
print(#"--not a comment")
print("--[[ in string ]]")
