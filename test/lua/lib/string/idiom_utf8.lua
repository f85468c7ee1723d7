-- UTF-8 by hand: strings are bytes
local function encode(cp)
  if cp < 0x80 then return string.char(cp)
  elseif cp < 0x800 then return string.char(0xC0 + math.floor(cp / 64), 0x80 + cp % 64)
  elseif cp < 0x10000 then return string.char(0xE0 + math.floor(cp / 4096), 0x80 + math.floor(cp / 64) % 64, 0x80 + cp % 64)
  else return string.char(0xF0 + math.floor(cp / 262144), 0x80 + math.floor(cp / 4096) % 64, 0x80 + math.floor(cp / 64) % 64, 0x80 + cp % 64) end
end
local function decode(s)
  local out = {}
  for ch in s:gmatch("[%z\1-\127\194-\244][\128-\191]*") do
    local b = { ch:byte(1, -1) }
    local cp
    if #b == 1 then cp = b[1]
    elseif #b == 2 then cp = (b[1] - 0xC0) * 64 + (b[2] - 0x80)
    elseif #b == 3 then cp = (b[1] - 0xE0) * 4096 + (b[2] - 0x80) * 64 + (b[3] - 0x80)
    else cp = (b[1] - 0xF0) * 262144 + (b[2] - 0x80) * 4096 + (b[3] - 0x80) * 64 + (b[4] - 0x80) end
    out[#out + 1] = string.format("U+%04X", cp)
  end
  return table.concat(out, " ")
end
local s = encode(72) .. encode(233) .. encode(0x65E5) .. encode(0x1F600)
print(#s, s:byte(1, -1))
print(decode(s))
print(decode("héllo wörld"))
print(#"héllo", select(2, ("héllo"):gsub("[\128-\191]", "")))
print(("héllo"):upper())
print(("héllo"):reverse() == "oll\169\195h")
print(("日本語"):sub(1, 3), #("日本語"):sub(1, 3))
