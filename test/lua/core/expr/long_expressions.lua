local a, b, c, d, e = 1, 2, 3, 4, 5
print(a + b * c - d / e % a ^ b + (a - b) * (c - d) / (e + a))
print(((((a + b) * c) - d) / e) ^ 2)
print(a * b * c * d * e * a * b * c * d * e * a * b * c * d * e)
print((a + (b + (c + (d + (e + (a + (b + (c + (d + e))))))))))
print(a .. b .. c .. d .. e .. a .. b .. c .. d .. e .. (a + b) .. (c * d))
local t = { a, b, c, d, e }
print(t[1] + t[2] + t[3] + t[4] + t[5], t[t[t[t[1]]]] * t[t[5]])
local f = function(x) return x * 2 end
print(f(f(f(f(f(f(f(f(f(f(1)))))))))))
print(a < b and b < c and c < d and d < e and "ascending" or "not")
print((a > b or b > c or c > d or d > e) and "some" or "none")
print(f(a) + f(b) * f(c) - f(d) / f(e))
local s = 0
for i = 1, 10 do s = s + i * (i - 1) / 2 % 7 - (i ^ 2) % 3 end
print(s)
local x = (a + b) * (c + d) * (e + a) * (b + c) * (d + e) * (a + c) * (b + d) * (c + e)
print(x, x % 1000, x / 1e3)
print(not not not not not nil)
print(- - - - - a)
