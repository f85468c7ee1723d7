local chunk = loadstring("local a = ...\nreturn a.field", "=dynamic")
local named = loadstring("error('from a string chunk')")
print(pcall(chunk))
named()
