-- a module that raises an error while loading
local t = {}
error("failure inside bad_runtime")
