-- os.exit leaves immediately, even from inside pcall and nested calls
local function deep()
  pcall(function()
    print("inside pcall, exiting with 5")
    os.exit(5)
  end)
  print("not reached")
end
deep()
print("not reached either")
