local parts = {}
for _, v in ipairs({ 1, 1.5, -2, 1e15, 1e16, 2^53, 0.1, 1/3, 1e-5, 123456789012345 }) do
  parts[#parts + 1] = v .. ""
end
print(table.concat(parts, " | "))
print(1 .. "", 1.0 .. "", -1 .. "", 1e2 .. "")
print("n=" .. 42, "f=" .. 4.25, "big=" .. 2^64, "tiny=" .. 2^-20)
print(table.concat({ 1, 2.5, 3e20 }, ","))
local t = {}
t[1 .. ""] = "s"
print(t["1"], t[1])
print(("x"):rep(3, nil) .. 5)
print(string.len(12345), string.len(1e20), string.upper(1.5))
print(#(2^63 .. ""), 2^63 .. "")
