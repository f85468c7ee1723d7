/**
 * Byte strings: Lua strings are represented as JS strings with one char code (0–255) per byte.
 * Source text given to the lexer must be in this form.
 */

/** Converts raw bytes (Uint8Array or Buffer) to a byte string, one char per byte. */
export function bytesToLuaString(bytes: Uint8Array): string {
  const chunk = 0x8000;
  if (bytes.length <= chunk) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += chunk) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]));
  }
  return parts.join('');
}

/** Converts a byte string back to bytes (char codes above 255 are truncated to their low byte). */
export function luaStringToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/**
 * What `luaL_loadfile` does to files: a first line starting with `#` (`#!/usr/bin/lua`) is
 * skipped, its newline kept so line numbers stay right. `loadstring` does not do this.
 */
export function stripShebang(source: string): string {
  if (source.charCodeAt(0) !== 35 /* # */) return source;
  const nl = source.indexOf('\n');
  return nl < 0 ? '\n' : source.slice(nl);
}
