-- function names in tracebacks: fields, methods, locals, upvalues, globals
local t = {}
function t.field() print(debug.traceback("field")) end
function t:method() print(debug.traceback("method")) end
t.field()
t:method()
local function loc() print(debug.traceback("local")) end
loc()
local up = function() print(debug.traceback("upvalue")) end
local function caller() up() end
caller()
glob = function() print(debug.traceback("global")) end
glob()
local anon = { function() print(debug.traceback("in table")) end }
anon[1]()
