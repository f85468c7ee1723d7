local config = { count = "many" }
for i = 1, config.count do print(i) end
