-- uncaught error below tail calls
local function a() error("at the bottom") end
local function b() return a() end
local function c() return b() end
c()
