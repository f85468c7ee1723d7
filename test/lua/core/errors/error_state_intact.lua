-- after errors of every kind the interpreter state keeps working
local results = {}
local function try(f) local ok, e = pcall(f) results[#results + 1] = ok and "ok" or "err" end
for i = 1, 50 do
  try(function() local x = nil return x.y end)
  try(function() return 1 + {} end)
  try(function() error("e") end)
  try(function() error({}) end)
  try(function() return ("x"):rep() end)
  try(function() local function r() return r() + 1 end return r() end)
  try(function() return 1 end)
end
local counts = {}
for _, r in ipairs(results) do counts[r] = (counts[r] or 0) + 1 end
print(counts.ok, counts.err)
-- locals, upvalues and globals survive
local up = "upvalue"
glob = "global"
local function check() return up, glob, #results end
pcall(function() up = "changed in pcall" error("after change") end)
print(check())
-- a table modified before an error keeps the modification
local t = {}
pcall(function() t.a = 1 t.b.c = 2 end)
print(t.a, t.b)
-- coroutines keep working after errors
local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
pcall(error, "noise")
print(co(), co(), co())
