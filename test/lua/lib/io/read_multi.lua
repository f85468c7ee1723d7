-- several formats in one io.read call; reading stops at the first failure
print(io.read("*n", "*n", "*l"))
print(io.read("*l", "*l"))
print(io.read(2, "*n", "*l"))
print(io.read("*n", "*n"))
print(io.read("*l"))
print(io.read("*l", "*a"))
print(io.read("*l", "*l"))
