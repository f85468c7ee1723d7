local n, s, t = 5, "7", { 1, 2, 3 }
print(-n, - -n, -(-n), -s, -"0x10", #t, -#t, not n, not not n)
print(-n ^ 2, (-n) ^ 2, -2 ^ -2, not nil == true, not (nil == true))
print(#"" == 0, -#"abc", #t * -1, -t[1] - -t[2])
print(- - - - 1, not not not not nil)
local zero = 0
print(-zero == zero, 1 / -zero < 0)
print(pcall(function() return -{} end))
print(pcall(function() return -nil end))
print(pcall(function() return -"abc" end))
print(pcall(function() return #5 end))
