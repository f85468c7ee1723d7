#!/usr/bin/env lua5.1
print("shebang line skipped")
print(debug.getinfo(1, "l").currentline)
local f, e = loadstring("#!x\nreturn 1")
print(f, e)
