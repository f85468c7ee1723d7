-- io.close with no argument closes the default output; standard files cannot be closed
print(io.close())
print(io.stdout:close())
print(io.stderr:close())
print(io.stdin:close())
print(pcall(io.close, io.stdin))
print(io.type(io.stdout))
print("still open")
