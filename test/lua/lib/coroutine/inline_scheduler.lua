-- a round-robin scheduler: tasks spawn tasks, send over channels, fail, join each other
local ready = {}
local log = {}
local function L(s) log[#log + 1] = s end
local nextid = 0
local tasks = {}

local function spawn(name, f, ...)
  nextid = nextid + 1
  local t = { id = nextid, name = name, co = coroutine.create(f), args = { n = select('#', ...), ... } }
  tasks[t.co] = t
  ready[#ready + 1] = t
  return t
end
local function yield(...) return coroutine.yield("yield", ...) end
local function join(t) while coroutine.status(t.co) ~= "dead" do coroutine.yield("yield") end return t.result end

local function channel()
  local ch = { q = {}, head = 1 }
  function ch.send(v) ch.q[#ch.q + 1] = v end
  function ch.recv()
    while ch.head > #ch.q do coroutine.yield("yield") end
    local v = ch.q[ch.head]
    ch.head = ch.head + 1
    return v
  end
  return ch
end

local function run()
  local steps = 0
  while #ready > 0 do
    local t = table.remove(ready, 1)
    steps = steps + 1
    local res
    if t.args then
      res = { coroutine.resume(t.co, unpack(t.args, 1, t.args.n)) }
      t.args = nil
    else
      res = { coroutine.resume(t.co) }
    end
    if not res[1] then
      L(t.name .. " failed: " .. tostring(res[2]))
      t.result = "failed"
    elseif coroutine.status(t.co) == "dead" then
      t.result = res[2]
      L(t.name .. " done: " .. tostring(res[2]))
    else
      ready[#ready + 1] = t
    end
  end
  return steps
end

local ch = channel()
local producer = spawn("producer", function(n)
  for i = 1, n do ch.send(i * i) yield() end
  ch.send(nil == nil and -1)
  return "produced " .. n
end, 8)
local consumer = spawn("consumer", function()
  local sum = 0
  while true do
    local v = ch.recv()
    if v == -1 then break end
    sum = sum + v
  end
  return sum
end)
spawn("spawner", function()
  local kids = {}
  for i = 1, 4 do
    kids[i] = spawn("kid" .. i, function(k)
      for j = 1, k do yield() end
      if k == 3 then error("kid " .. k .. " broke") end
      return k * 100
    end, i)
  end
  local total = 0
  for i = 1, 4 do
    local r = join(kids[i])
    total = total + (type(r) == "number" and r or 0)
  end
  return total
end)
spawn("joiner", function()
  local a = join(producer)
  local b = join(consumer)
  return a .. " / consumed " .. b
end)
spawn("nested", function()
  -- a task that itself drives a private generator while being scheduled
  local gen = coroutine.wrap(function() for i = 1, 5 do coroutine.yield(i) end end)
  local acc = 0
  for v in gen do acc = acc + v yield() end
  return acc
end)
spawn("pcaller", function()
  yield()
  local ok, e = pcall(function() error({ code = 5 }) end)
  yield()
  return "caught code " .. e.code
end)
local steps = run()
print(table.concat(log, "\n"))
print("steps", steps)
