-- names that only exist in later Lua versions are absent
print(rawlen, table.unpack, table.pack, math.type, utf8, goto_, bit32)
print(string.pack, math.tointeger, coroutine.isyieldable, table.move)
print(type(unpack), type(loadstring), type(setfenv), type(getfenv), type(gcinfo), type(newproxy))
print(type(math.mod), type(table.getn), type(table.setn), type(string.gfind), type(math.log10))
print(type(module), type(package.loaders), type(table.maxn), type(math.ldexp))
print(package.loaded._G == _G, package.loaded.string == string)
print(_VERSION)
-- load accepts only functions in 5.1
print(pcall(load, "return 1"))
