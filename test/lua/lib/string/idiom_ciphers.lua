-- byte/char transformations: caesar, rot13, xor, hex encoding
local function caesar(s, k)
  return (s:gsub("%a", function(c)
    local base = c:match("%l") and 97 or 65
    return string.char((c:byte() - base + k) % 26 + base)
  end))
end
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
print(caesar("The quick brown fox jumps over the lazy dog", 13))
local function tohex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local function fromhex(h) return (h:gsub("%x%x", function(x) return string.char(tonumber(x, 16)) end)) end
print(tohex("Lua\0\255"), fromhex(tohex("round trip")))
local function xor(s, key)
  local out = {}
  for i = 1, #s do
    local a, b = s:byte(i), key:byte((i - 1) % #key + 1)
    local r, bit = 0, 1
    while a > 0 or b > 0 do
      if a % 2 ~= b % 2 then r = r + bit end
      a, b, bit = math.floor(a / 2), math.floor(b / 2), bit * 2
    end
    out[i] = string.char(r)
  end
  return table.concat(out)
end
local enc = xor("secret message", "key")
print(tohex(enc), xor(enc, "key"))
print(("abc"):byte(1, -1))
print(string.char(("abc"):byte(1, -1)))
