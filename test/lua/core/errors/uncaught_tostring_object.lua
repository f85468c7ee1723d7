-- the stand-alone interpreter of 5.1 does not use __tostring for the final report
print("error object with __tostring")
error(setmetatable({}, { __tostring = function() return "custom error object" end }))
