// Run a Lua file on wasmoon with `arg` set like lua5.1 does.
import { LuaFactory } from 'wasmoon';
import { readFileSync } from 'node:fs';
const [file, ...args] = process.argv.slice(2);
const factory = new LuaFactory();
const lua = await factory.createEngine();
try {
  lua.global.set('print', (...xs) => process.stdout.write(xs.map(String).join('\t') + '\n'));
  await lua.doString(`arg = { [0] = ${JSON.stringify(file)}, ${args.map((a) => JSON.stringify(a)).join(', ')} }`);
  await lua.doString(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(String(e));
  process.exitCode = 1;
} finally {
  lua.global.close();
}
