-- module state is shared by every require
local n = 0
return { inc = function() n = n + 1 return n end }
