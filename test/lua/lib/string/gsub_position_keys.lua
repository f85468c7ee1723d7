-- with a table replacement the key is the first capture: position captures give numeric keys
local t = { [1] = "<first>", [3] = "<third>", x = "<x>" }
print(("abc"):gsub("()", t))
print(("abc"):gsub("()%a", t))
print(("xax"):gsub("(x)", t))
print(("abc"):gsub("%a()", t))
local calls = {}
print(("ab"):gsub("()(%a)()", function(a, b, c) calls[#calls + 1] = a .. b .. c end))
print(table.concat(calls, " "))
