local function reader(pieces)
  local i = 0
  return function() i = i + 1 return pieces[i] end
end
local f = load(reader({ "return ", "1 ", "+ ", "2" }))
print(f())
f = load(reader({ "local a = 'split", " string' return a" }))
print(f())
f = load(reader({}))
print(type(f), f and f())
print(load(reader({ "return x +" })))
print(type(load(reader({ "return 1" }), "named")))
print(type(load(reader({ "error('x')" }), "=named")))
print(pcall(load(reader({ "error('x')" }))))
print(pcall(load(reader({ "error('x')" }), "=named")))
-- an empty string also ends the chunk
f = load(reader({ "return 'first'", "", "ignored" }))
print(f())
-- a reader returning a non-string
-- (only the first line of these messages is checked: lua5.1 runs the reader under the
-- stand-alone interpreter's error handler, which appends a traceback)
local function first_line(a, b) return a, b and (string.match(b, "^[^\n]*")) end
local okn, fn = pcall(load, reader({ "return ", 42 }))
print(okn, type(fn), fn and fn())
print(first_line(load(reader({ "return ", {} }))))
print(first_line(load(function() error("reader failed") end)))
-- one character at a time
local src = "local t = {} for i = 1, 3 do t[i] = i * i end return table.concat(t, ',')"
local pos = 0
f = load(function() pos = pos + 1 if pos <= #src then return src:sub(pos, pos) end end)
print(f())
print(pcall(load))
print(pcall(load, "return 1"))
