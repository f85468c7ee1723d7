-- a module that defines globals as a side effect
GLOBAL_FROM_MODULE = "yes"
function global_helper(x) return x + 1 end
return { ok = true }
