-- using a closed file outside pcall
local f = io.tmpfile()
f:write("x")
f:close()
print("closed")
f:write("again")
