-- exact depth at which nested resumes / wraps hit lua5.1's C stack limit (LUAI_MAXCCALLS 200)
local d = 0
local function viaResume(n) d = n; local co = coroutine.create(viaResume); coroutine.resume(co, n + 1) end
viaResume(1)
print("resume from main chunk", d)
d = 0
pcall(viaResume, 1)
print("resume inside pcall", d)
d = 0
local function viaWrap(n) d = n; coroutine.wrap(viaWrap)(n + 1) end
pcall(viaWrap, 1)
print("wrap inside pcall", d)
d = 0
local function viaPcall(n) d = n; pcall(viaPcall, n + 1) end
viaPcall(1)
print("pcall only", d)
d = 0
local function viaPcallResume(n) d = n; pcall(coroutine.resume, coroutine.create(viaPcallResume), n + 1) end
viaPcallResume(1)
print("pcall(resume)", d)
d = 0
local function viaPcallWrap(n) d = n; pcall(coroutine.wrap(viaPcallWrap), n + 1) end
viaPcallWrap(1)
print("pcall(wrap)", d)
-- which level reports the failure, and how
local log = {}
local function soft(n)
  d = n
  local ok, v = coroutine.resume(coroutine.create(soft), n + 1)
  if not ok then log[#log + 1] = n .. ": " .. tostring(v) end
end
d = 0
soft(1)
print("deepest started", d, "reports:", table.concat(log, " | "))
log = {}
local function soft2(n)
  d = n
  local ok, a, b = pcall(coroutine.resume, coroutine.create(soft2), n + 1)
  if not ok or not a then log[#log + 1] = n .. ": " .. tostring(ok) .. " " .. tostring(a) .. " " .. tostring(b) end
end
d = 0
soft2(1)
print("deepest started", d, "reports:", table.concat(log, " | "))
-- wrap: every level adds its position to the message
local function wnest(n)
  d = n
  return coroutine.wrap(wnest)(n + 1)
end
d = 0
local ok, err = pcall(wnest, 1)
local rest, nprefix = err:gsub("inline_cstack_depth%.lua:%d+: ", "")
print("wrap nest", ok, rest, nprefix, d)
