-- table/function replacement values false and nil keep the original match
local t = { a = false, b = "B", c = nil }
print(("abc"):gsub("%a", t))
print(("abc"):gsub("%a", function(c) if c == "a" then return false end if c == "b" then return nil end return "C" end))
print(("abc"):gsub("(%a)", { a = 1, b = 2.5, c = "three" }))
print(pcall(string.gsub, "abc", "%a", { a = true }))
print(pcall(string.gsub, "abc", "%a", function() return print end))
