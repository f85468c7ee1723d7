-- gsub called from inside a gsub callback, and captures passed to callbacks
local r = ("a1 b2 c3"):gsub("(%a)(%d)", function(l, d)
  return (l:rep(tonumber(d)):gsub(".", function(c) return c:upper() end))
end)
print(r)
print(("x=1;y=22"):gsub("(%w+)=(%d+)", function(k, v) return v .. "=" .. k end))
print(("abc"):gsub("()(.)()", function(p1, c, p2) return p1 .. c .. p2 end))
print(("hello"):gsub("(l)(l)", function(a, b) return b:upper() .. a end))
local depth = 0
local function expand(s)
  depth = depth + 1
  return (s:gsub("%[(.-)%]", function(inner) return "<" .. expand(inner) .. ">" end))
end
print(expand("a[b[c]d]e"), depth)
