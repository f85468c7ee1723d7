print("script", arg[0], arg[1], arg[2], select("#", ...), ...)
print(arg[-1] ~= nil, arg[-2], arg[3])
