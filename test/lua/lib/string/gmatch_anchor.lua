-- In 5.1, '^' in a gmatch pattern is not an anchor: it matches a literal '^'? Check.
local r = {}
for m in ("^a^a"):gmatch("^a") do r[#r + 1] = m end
print(#r, table.concat(r, ","))
r = {}
for m in ("aaa"):gmatch("^a") do r[#r + 1] = m end
print(#r, table.concat(r, ","))
r = {}
for m in ("hello"):gmatch("^h") do r[#r + 1] = m end
print(#r, table.concat(r, ","))
r = {}
for m in ("a^b"):gmatch("%^") do r[#r + 1] = m end
print(#r, table.concat(r, ","))
r = {}
for m in ("x$y$"):gmatch("$") do r[#r + 1] = m end
print(#r)
r = {}
for m in ("x$y$"):gmatch("%$") do r[#r + 1] = m end
print(#r)
r = {}
for m in ("ab"):gmatch("b$") do r[#r + 1] = m end
print(#r, table.concat(r, ","))
r = {}
for m in ("a^"):gmatch("a^") do r[#r + 1] = m end
print(#r, table.concat(r, ","))
