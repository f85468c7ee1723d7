-- coroutine.wrap as a generic-for iterator
local function range(n, step)
  return coroutine.wrap(function()
    for i = 1, n, step or 1 do coroutine.yield(i) end
  end)
end

-- plain
local s = {}
for i in range(5) do s[#s + 1] = i end
print("plain", table.concat(s, " "))

-- extra loop variables (yield several values, fewer, more)
for a, b, c, d in coroutine.wrap(function()
  coroutine.yield(1)
  coroutine.yield(2, "two")
  coroutine.yield(3, "three", "drei")
  coroutine.yield(4, nil, nil, "vier", "extra")
  coroutine.yield(5, false)
end) do
  print("vars", a, b, c, d)
end

-- early break, then the coroutine stays suspended
local it = range(100)
for i in it do
  if i == 3 then break end
  print("before break", i)
end
print("resumed after break", it(), it())

-- nested generic-for over two wraps
for i in range(3) do
  local row = {}
  for j in range(i) do row[#row + 1] = i * 10 + j end
  print("nested", i, table.concat(row, ","))
end

-- iterator returning nothing ends the loop
local n = 0
for x in coroutine.wrap(function() coroutine.yield("a") coroutine.yield("b") end) do
  n = n + 1
  print("item", x)
end
print("items", n)

-- iterator coroutine that finishes by returning values: they become a last iteration,
-- and the next call of the dead wrap raises (with the position of the for loop)
print(pcall(function()
  for k, v in coroutine.wrap(function()
    coroutine.yield("k1", "v1")
    return "last", "value"
  end) do
    print("kv", k, v)
  end
end))
-- a returned nil first value ends the loop
for k, v in coroutine.wrap(function()
  coroutine.yield("k1", "v1")
  return nil, "ignored"
end) do
  print("kv2", k, v)
end

-- the control variable and state are passed to the wrap function
local seen = {}
for v in coroutine.wrap(function(state, ctl)
  seen[#seen + 1] = tostring(state) .. "/" .. tostring(ctl)
  local s2, c2 = coroutine.yield(1)
  seen[#seen + 1] = tostring(s2) .. "/" .. tostring(c2)
  s2, c2 = coroutine.yield(2)
  seen[#seen + 1] = tostring(s2) .. "/" .. tostring(c2)
end), "STATE", "INIT" do
  print("ctl", v)
end
print("seen", table.concat(seen, " "))

-- iterating after the iterator died raises
local dead = range(1)
for i in dead do print("once", i) end
print(pcall(dead))

-- generators combined: zip
local function zip(g1, g2)
  return coroutine.wrap(function()
    while true do
      local a, b = g1(), g2()
      if a == nil or b == nil then return end
      coroutine.yield(a, b)
    end
  end)
end
for a, b in zip(range(4), range(10, 3)) do print("zip", a, b) end

-- a loop variable captured by closures across iterations
local fs = {}
for i in range(3) do fs[#fs + 1] = function() return i end end
print("captured", fs[1](), fs[2](), fs[3]())

-- the loop body resumes another coroutine each iteration
local other = coroutine.create(function(x)
  while true do x = coroutine.yield(x * 2) end
end)
for i in range(4) do
  print("other", i, coroutine.resume(other, i))
end

-- wrap iterator within a wrap iterator (iterator coroutine itself loops over a wrap)
local function evens(n)
  return coroutine.wrap(function()
    for i in range(n) do
      if i % 2 == 0 then coroutine.yield(i, i * i) end
    end
    return nil
  end)
end
for i, sq in evens(9) do print("evens", i, sq) end

-- nested loops breaking out of the inner one
for i in range(3) do
  for j in range(10) do
    if j > i then break end
    io.write(i, ":", j, " ")
  end
end
print()
-- break out of the inner loop via return from a function
local function find(target)
  for i in range(10) do
    for j in range(10) do
      if i * j == target then return i, j end
    end
  end
end
print("find", find(42))
print("find", find(1000))
