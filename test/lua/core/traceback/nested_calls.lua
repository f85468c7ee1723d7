local M = {}
function M.leaf(x)
  error("leaf failed with " .. x)
end
function M:method(x)
  return M.leaf(x) .. ""
end
local function localfn(x)
  local r = M:method(x)
  return r
end
function globalfn(x)
  local r = localfn(x)
  return r
end
globalfn("input")
