local n = 0
--[[ n = n + 1 ]] n = n + 10
--[=[ n = n + 100 ]] still comment
]=] n = n + 1000
--[==[
--[[ ]] ]=] ]==] n = n + 10000
--[ not long ] n = n + 100000
---[[ n = n + 1 ]]
print(n)
--[[]]print("after empty long comment")
--[=[]=]print("after empty level-1 comment")
print(loadstring("--[==[ unfinished ]=]"))
print(loadstring("--[== not long\nreturn 5")())
print(loadstring("--[[\n\n\n]] error('x')") and select(2, pcall(loadstring("--[[\n\n\n]] error('x')"))))
