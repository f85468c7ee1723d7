-- ref: luajit
-- wrap-based generator with a pcall-protected body, consumed in a for loop
local function protected_items(list)
  return coroutine.wrap(function()
    for _, item in ipairs(list) do
      local ok, res = pcall(function()
        if item < 0 then error("negative " .. item, 0) end
        coroutine.yield(item, "ok")
      end)
      if not ok then coroutine.yield(item, res) end
    end
  end)
end
for item, status in protected_items({ 3, -1, 4, -5, 9 }) do print(item, status) end
