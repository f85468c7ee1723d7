// Run a Lua file on fengari with `arg` set like lua5.1 does.
const { lua, lauxlib, lualib, to_luastring } = require('fengari');
const [file, ...args] = process.argv.slice(2);
const L = lauxlib.luaL_newstate();
lualib.luaL_openlibs(L);
lua.lua_createtable(L, args.length, 1);
lua.lua_pushstring(L, to_luastring(file));
lua.lua_rawseti(L, -2, 0);
args.forEach((a, i) => { lua.lua_pushstring(L, to_luastring(a)); lua.lua_rawseti(L, -2, i + 1); });
lua.lua_setglobal(L, to_luastring('arg'));
if (lauxlib.luaL_dofile(L, to_luastring(file)) !== 0) {
  console.error(lua.lua_tojsstring(L, -1));
  process.exit(1);
}
