-- numbers written by io.write and file:write use the same %.14g format as tostring
local vals = { 0, -0.5, 1/3, 100, 1e15, 1e16, 2^63, 1e-5, 123.456, -1e100 }
for _, v in ipairs(vals) do io.write(v, " ") end
io.write("\n")
local f = io.tmpfile()
for _, v in ipairs(vals) do f:write(v, " ") end
f:seek("set")
local fromfile = f:read("*a")
f:close()
local fromtostring = {}
for _, v in ipairs(vals) do fromtostring[#fromtostring + 1] = tostring(v) .. " " end
print(fromfile == table.concat(fromtostring))
print(fromfile)
