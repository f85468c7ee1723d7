-- module(...) without package.seeall: globals are not visible inside
module(...)
value = 10
function try_print() return print end
