-- an uncaught string-library error: message on stderr, exit status 1
print("before")
local s = string.rep("ab", 2)
print(s)
print(s:match("("))
print("never")
