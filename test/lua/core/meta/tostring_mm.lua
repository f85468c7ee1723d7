local P = { __tostring = function(p) return "Point(" .. p.x .. ", " .. p.y .. ")" end }
local p = setmetatable({ x = 1, y = 2 }, P)
print(p, tostring(p))
print(tostring(p) .. "!")
-- __tostring may return a non-string: tostring passes it through, print rejects it
local N = setmetatable({}, { __tostring = function() return 42 end })
print(type(tostring(N)), tostring(N))
print(pcall(print, N))
local Nil = setmetatable({}, { __tostring = function() return nil end })
print(tostring(Nil))
-- errors in __tostring propagate
local E = setmetatable({}, { __tostring = function() error("tostring failed") end })
print(pcall(tostring, E))
-- __tostring is looked up in the metatable only, not via __index
local via_index = setmetatable({}, { __index = { __tostring = function() return "never" end } })
print(tostring(via_index):match("^table: ") ~= nil)
-- string.format %s uses tostring semantics in 5.1? (it uses luaL_checklstring: no)
print(pcall(string.format, "%s", p))
-- concatenation does not use __tostring
print(pcall(function() return "x" .. p end))
-- userdata with __tostring
local u = newproxy(true)
getmetatable(u).__tostring = function() return "my userdata" end
print(u, tostring(u))
-- __tostring receives the object
local who = setmetatable({ name = "me" }, { __tostring = function(self) return self.name end })
print(who)
