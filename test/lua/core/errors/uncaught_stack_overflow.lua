local function recurse() return 1 + recurse() end
print("going deep")
recurse()
