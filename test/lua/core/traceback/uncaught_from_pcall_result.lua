local ok, err = pcall(function() error("stored") end)
print(ok, err)
error(err, 0)
