-- module() changes the environment of the chunk only
module(..., package.seeall)
inside = true
function env_is_module() return getfenv(1) == _M end
