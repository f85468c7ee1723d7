local machine = {
  state = "idle",
  transitions = {
    idle = { start = "running" },
    running = { pause = "paused", stop = "idle", finish = "done" },
    paused = { resume = "running", stop = "idle" },
    done = {},
  },
  log = {},
}
function machine:fire(event)
  local nxt = self.transitions[self.state][event]
  if not nxt then
    self.log[#self.log + 1] = string.format("%s: ignored %s", self.state, event)
    return false
  end
  self.log[#self.log + 1] = string.format("%s --%s--> %s", self.state, event, nxt)
  self.state = nxt
  return true
end
for _, e in ipairs({ "pause", "start", "pause", "resume", "stop", "start", "finish", "start" }) do machine:fire(e) end
for _, l in ipairs(machine.log) do print(l) end
print("final:", machine.state)
-- an event emitter built from closures
local function emitter()
  local handlers = {}
  local self = {}
  function self.on(name, fn) handlers[name] = handlers[name] or {} table.insert(handlers[name], fn) end
  function self.emit(name, ...)
    local n = 0
    for _, fn in ipairs(handlers[name] or {}) do fn(...) n = n + 1 end
    return n
  end
  return self
end
local em = emitter()
local received = {}
em.on("data", function(x) received[#received + 1] = "a" .. x end)
em.on("data", function(x) received[#received + 1] = "b" .. x end)
em.on("end", function() received[#received + 1] = "end" end)
print(em.emit("data", 1), em.emit("data", 2), em.emit("end"), em.emit("none"))
print(table.concat(received, " "))
