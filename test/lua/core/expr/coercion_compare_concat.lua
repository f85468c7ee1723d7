-- comparison never coerces; arithmetic and concatenation do
print(10 == "10", 10 .. "" == "10", "10" + 0 == 10)
print(pcall(function() return 10 < "11" end))
print("10" < "9", 10 < 9, "10" + 0 < "9" + 0)
print("abc" .. 1 .. 2, (1 .. "") + 1)
print(("5"):rep(2) + 1, "2" ^ "2" .. "")
local t = { ["1"] = "s", [1] = "n" }
print(t["1"], t[1], t["1" + 0], t[1 .. ""])
print(type("1" + 1), type(1 .. 1), math.type)
print("0x10" + 0, "0x10" == 16, tonumber("0x10") == 16)
print(" 1 " + 1, pcall(function() return " 1 " < 2 end))
