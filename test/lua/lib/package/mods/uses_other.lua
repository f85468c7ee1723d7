-- a module that requires another one
local simple = require("simple")
return { sum = simple.add(40, 2), simple = simple }
