-- number and kind of values returned by find/match in many situations
local function count(...) return select("#", ...) end
print(count(("abc"):find("b")), count(("abc"):find("(b)")), count(("abc"):find("(b)(c)")), count(("abc"):find("x")))
print(count(("abc"):match("b")), count(("abc"):match("(b)(c)")), count(("abc"):match("x")), count(("abc"):match("()")))
print(count(("abc"):find("b", 1, true)), count(("abc"):find("", 10)), count(("abc"):gsub("b", "")))
print(count(string.byte("")), count(string.byte("abc", 1, 3)), count(string.char()))
print(count(("abc"):gmatch("b")()), count(("abc"):gmatch("(a)(b)")()))
