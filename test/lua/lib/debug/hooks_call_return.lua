-- call and return hooks with getinfo inside the hook
local events = {}
local function hook(ev)
  local info = debug.getinfo(2, "nS")
  events[#events + 1] = ev .. ":" .. tostring(info.name) .. ":" .. info.what
end
local function leaf() return 1 end
local function mid() return leaf() + 1 end
local function top() local v = mid() return v end
debug.sethook(hook, "cr")
top()
debug.sethook()
for _, e in ipairs(events) do print(e) end
