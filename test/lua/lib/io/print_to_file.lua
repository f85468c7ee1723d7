-- print always writes to the C stdout, not to io.output()
local name = os.tmpname()
io.output(name)
print("printed line")
io.write("written line\n")
io.output():close()
io.output(io.stdout)
for l in io.lines(name) do print("file:", l) end
os.remove(name)
