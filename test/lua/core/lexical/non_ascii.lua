-- bytes above 127 are not letters for the 5.1 lexer (C locale), but are fine inside strings
print(loadstring("local caf\195\169 = 1"))
print(loadstring("x = 1 \128"))
print(loadstring("x = '\195\169t\195\169' return x")())
print(#"\195\169", ("\226\130\172"):byte(1, -1))
print(loadstring("x = \1"))
print(loadstring("x = 1 \127"))
print(loadstring("-- comment with \255 bytes\nreturn 'ok'")())
print(loadstring("return [[\200\201]]")() == "\200\201")
