-- io.lines(filename) on a committed data file
local n = 0
for line in io.lines("data/lines.txt") do
  n = n + 1
  print(n, "[" .. line .. "]")
end
print(n)
for line in io.lines("data/empty.txt") do print("never", line) end
for line in io.lines("data/nonl.txt") do print("nonl", line) end
for line in io.lines("data/crlf.txt") do print("crlf", #line, (line:gsub("\r", "\\r"))) end
for line in io.lines("data/zeros.txt") do io.write("zeros ", #line, " ", (line:gsub("%z", "0")), "\n") end
local it = io.lines("data/lines.txt")
print(type(it), it(), it())
print(pcall(io.lines, "data/does_not_exist.txt"))
print(pcall(function() for l in io.lines("nope.txt") do end end))
print(pcall(io.lines, {}))
