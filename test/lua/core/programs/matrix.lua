local function new(r, c, f) local m = {} for i = 1, r do m[i] = {} for j = 1, c do m[i][j] = f(i, j) end end return m end
local function mul(a, b)
  return new(#a, #b[1], function(i, j) local s = 0 for k = 1, #b do s = s + a[i][k] * b[k][j] end return s end)
end
local function transpose(a) return new(#a[1], #a, function(i, j) return a[j][i] end) end
local function det(m)
  local n = #m
  local a = new(n, n, function(i, j) return m[i][j] end)
  local d = 1
  for c = 1, n do
    local p = c
    for r = c + 1, n do if math.abs(a[r][c]) > math.abs(a[p][c]) then p = r end end
    if a[p][c] == 0 then return 0 end
    if p ~= c then a[p], a[c] = a[c], a[p] d = -d end
    d = d * a[c][c]
    for r = c + 1, n do
      local f = a[r][c] / a[c][c]
      for k = c, n do a[r][k] = a[r][k] - f * a[c][k] end
    end
  end
  return d
end
local function show(m) for i = 1, #m do print(table.concat(m[i], " ")) end end
local A = new(3, 3, function(i, j) return i + j end)
local B = new(3, 2, function(i, j) return i * j end)
show(A) show(B)
show(mul(A, B))
show(transpose(B))
local I = new(4, 4, function(i, j) return i == j and 1 or 0 end)
print(det(I), det(A), det({ { 2, 0, 1 }, { 1, 3, 2 }, { 1, 1, 1 } }))
local H = new(5, 5, function(i, j) return 1 / (i + j - 1) end)
print(string.format("%.6e", det(H)))
local P = new(3, 3, function(i, j) return (i * 7 + j * 3) % 5 end)
show(mul(P, mul(P, P)))
