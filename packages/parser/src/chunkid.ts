/**
 * `luaO_chunkid`: how a chunk name appears in messages.
 *
 * `=name` prints `name`; `@file` prints the file name, keeping its last characters behind `...`
 * when too long; anything else is source text and prints as `[string "first line..."]`. Lua works
 * on C strings in an 80-byte buffer (MAXSRC of llex.c), so names stop at the first NUL byte.
 */

/** Size of the buffer `luaX_lexerror` formats the chunk name into (MAXSRC). */
export const MAXSRC = 80;

export function chunkId(chunkName: string, bufferSize: number = MAXSRC): string {
  const nul = chunkName.indexOf('\0');
  const source = nul < 0 ? chunkName : chunkName.slice(0, nul);
  const first = source.charCodeAt(0);
  if (first === 61 /* = */) return source.slice(1, bufferSize);
  if (first === 64 /* @ */) {
    const room = bufferSize - 8; // sizeof(" '...' ")
    const file = source.slice(1);
    return file.length > room ? '...' + file.slice(file.length - room) : file;
  }
  const room = bufferSize - 17; // sizeof(" [string \"...\"] ")
  let len = 0;
  while (len < source.length) {
    const c = source.charCodeAt(len);
    if (c === 10 || c === 13) break;
    len++;
  }
  if (len > room) len = room;
  return len < source.length ? `[string "${source.slice(0, len)}..."]` : `[string "${source}"]`;
}
