print(pcall(function() return undefined_x.y end))
print(pcall(function() undefined_x.y = 1 end))
print(pcall(function() return undefined_x[1] end))
print(pcall(function() return undefined_x:m() end))
number_global = 5
print(pcall(function() return number_global.y end))
bool_global = true
print(pcall(function() return bool_global.y end))
func_global = print
print(pcall(function() return func_global.y end))
print(pcall(function() return print.y end))
