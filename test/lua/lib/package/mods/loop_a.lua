-- requires loop_b, which requires loop_a again
local b = require("loop_b")
return { b = b }
