-- os.getenv
print(type(os.getenv("PATH")))
print(os.getenv("SURELY_NOT_SET_XYZ"))
print(os.getenv(""))
print(select("#", os.getenv("SURELY_NOT_SET_XYZ")))
print(pcall(os.getenv))
print(pcall(os.getenv, {}))
print(pcall(os.getenv, nil))
print(os.getenv(123))
