-- adjacent quotes, empty strings, escapes at boundaries, strings spanning lines
print("", '', [[]], "" == '')
print("'", '"', "\"'", '\'"')
print("a" .. 'b' .. [[c]] .. [==[d]==])
print("ends with backslash \\", 'single \\\\ double')
print("\\n is not a newline here: \\n")
print(#"\z", "\z" == "z")
print("tab\there", 'bell\a' == "bell\7")
print("line\
continued", #"a\
b")
print([[
]] .. "|" .. [[x
]] .. "|")
print(("%q"):format("new\nline"))
print(loadstring("return '\\300'"))
print(loadstring("return '\\x'")())
