-- a plain module returning a table
local M = {}
M.name = ...
M.loads = (M.loads or 0) + 1
function M.add(a, b) return a + b end
simple_load_count = (simple_load_count or 0) + 1
return M
