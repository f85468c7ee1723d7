io.stderr:write("warning: written to stderr\n")
print("normal output")
io.stderr:write("second stderr line\n")
