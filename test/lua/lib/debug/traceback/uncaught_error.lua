-- uncaught error: the whole stderr (with the stack traceback) is compared
local function inner() error("deep failure") end
local function middle() inner() end
function outer() middle() end
outer()
