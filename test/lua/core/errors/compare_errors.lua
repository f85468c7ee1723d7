local cases = {
  function() return 1 < nil end,
  function() return nil < 1 end,
  function() return 1 <= "1" end,
  function() return "1" >= 1 end,
  function() return {} < {} end,
  function() return {} <= 1 end,
  function() return true < true end,
  function() return false > true end,
  function() return print < print end,
  function() return nil < nil end,
  function() return "a" < nil end,
  function() return coroutine.create(function() end) < 1 end,
  function() return newproxy() < newproxy() end,
  function() local a, b = {}, "x" return a > b end,
  function() local a = nil return a >= 0 end,
}
for i, f in ipairs(cases) do print(i, pcall(f)) end
-- equality never errors
print(1 == nil, {} == 1, "a" == print, nil ~= false)
