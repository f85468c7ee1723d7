-- a module in a subdirectory, required as "sub.inner"
return { where = "sub/inner", name = ... }
