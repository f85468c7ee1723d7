local log = {}
local function v(x) log[#log + 1] = type(x) == "table" and "<table>" or tostring(x) return x end
local function flush() print(table.concat(log, " ")) log = {} end
local r = v(1) + v(2) * v(3)
flush()
r = v(2) ^ v(3) ^ v(2)
flush()
r = v("a") .. v("b") .. v("c")
flush()
r = v(1) < v(2)
flush()
r = v(1) == v(1)
flush()
local function f(...) return select("#", ...) end
r = f(v(1), v(2), v(3))
flush()
local t = { v(1), v(2), x = v(3), [v("k")] = v(4), v(5) }
flush()
r = v(t)[v(1)]
flush()
r = v(nil) and v(1) or v(2)
flush()
r = v(false) or v(nil) or v(0)
flush()
local g = { h = function(self, a, b) return a end }
r = v(g):h(v("arg1"), v("arg2"))
flush()
r = -v(3) + -v(4)
flush()
r = v(1) + v(2) + v(3) + v(4)
flush()
r = v(1) .. v(2) + v(3) .. v(4)
flush()
