-- a module with side effects while loading
print("prints.lua loading, name:", ...)
return 123
