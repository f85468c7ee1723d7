print(io.read("*l"))
print(io.read("*a"))
print(io.read("*n"))
print(io.read(0))
