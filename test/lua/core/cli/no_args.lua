print(#arg, arg[0], arg[1])
print(select("#", ...))
print(...)
