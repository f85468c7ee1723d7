-- a module may be any value, here a function
return function(x) return x * 2 end
