local function fail() error("after tail calls") end
local function t1() return fail() end
local function t2() return t1() end
local function start() t2() end
start()
