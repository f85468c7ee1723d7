-- the 5.1 lexer reads a numeral greedily (digits, '.', exponent, then any alnum/_),
-- and converts it with strtod (plus strtoul for hex)
local cases = {
  "3x", "1..2", "1.2.3", "0x", "0xg", "1e", "1e+", "0x1p4", "0x1P4", "0x1.8", "3_", "1e2e3",
  "0x1e+4", "08", "1 .. 2", "1.5e+3", ".e1", "0xA.8p0", "1e-2",
}
for _, c in ipairs(cases) do
  local f, err = loadstring("return " .. c)
  if f then
    local ok, v = pcall(f)
    print(c, "=>", ok and v or ("runtime: " .. v))
  else
    print(c, "=>", err)
  end
end
