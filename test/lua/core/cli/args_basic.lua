-- args: alpha beta 42 -x --long=value
print(#arg, arg[0])
for i = 1, #arg do print(i, arg[i], type(arg[i])) end
print(arg[#arg + 1])
print(arg[3] + 1, arg[3] .. "!")
