local function handler(msg) return "handled: " .. tostring(msg) end
print(xpcall(function() error("boom") end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function() error({}) end, function(e) return type(e) end))
print(xpcall(function() local x = nil return x.y end, handler))
-- the handler's first result only is returned
print(xpcall(function() error("e") end, function(m) return 1, 2, 3 end))
print(xpcall(function() error("e") end, function(m) end))
-- the handler runs before the stack unwinds: it can inspect it
print(xpcall(function() error("lvl") end, function(m) return debug.getinfo(2, "S").what end))
-- errors in the handler
print(xpcall(function() error("first") end, function(m) error("second") end))
print(xpcall(function() error("first") end, function(m) local x = nil return x.y end))
-- xpcall without a proper handler
print(pcall(xpcall, function() return 1 end))
print(xpcall(function() error("no handler") end, nil))
print(xpcall(function() return "ok with nil handler" end, nil))
print(xpcall(function() error("num handler") end, 42))
-- xpcall does not pass extra arguments in 5.1
print(xpcall(function(...) return select("#", ...) end, handler, 1, 2, 3))
-- nested xpcall
print(xpcall(function()
  local ok, m = xpcall(function() error("inner") end, function(m) return "inner handler: " .. m end)
  error(m .. " / rethrown", 0)
end, function(m) return "outer handler: " .. m end))
