-- separators of different kinds
local t = { 1, 2, 3 }
for _, sep in ipairs({ "", ",", ", ", " | ", "\t", "\n", "--sep--", 0, 1.5, -1 }) do
  io.write("[", table.concat(t, sep), "]\n")
end
io.write(table.concat(t, "\0"):byte(1, -1), "\n")
io.write(#table.concat(t, string.rep("x", 1000)), "\n")
io.write(table.concat({ "only" }, "never used"), "\n")
io.write("[", table.concat({}, "never used"), "]\n")
