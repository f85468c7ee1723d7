-- io.read() and '*l' from stdin
print(io.read())
print(io.read("*l"))
print(io.read("*l"))
print("[" .. io.read() .. "]")
print(io.read("*l"))
print(io.read("*l"))
print(io.read())
print(select("#", io.read()))
