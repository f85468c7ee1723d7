print("start")
local config = nil
local function read(key) return config[key] end
print(read("x"))
