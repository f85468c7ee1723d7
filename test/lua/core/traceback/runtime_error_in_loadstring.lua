local f = assert(loadstring("local t = {}\nlocal function g() return t.x.y end\nreturn g()", "=chunky"))
f()
