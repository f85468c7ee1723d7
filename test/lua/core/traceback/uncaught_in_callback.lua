local function each(t, f) for i, v in ipairs(t) do f(v, i) end end
each({ 1, 2, "three" }, function(v, i)
  print(i, v + 0)
end)
