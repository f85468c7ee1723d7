local a = require("loop_a")
return { a = a }
