local function levenshtein(a, b)
  local prev, cur = {}, {}
  for j = 0, #b do prev[j] = j end
  for i = 1, #a do
    cur[0] = i
    for j = 1, #b do
      local cost = (a:sub(i, i) == b:sub(j, j)) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev, cur = cur, prev
  end
  return prev[#b]
end
local function lcs(a, b)
  local m = {}
  for i = 0, #a do m[i] = {} for j = 0, #b do m[i][j] = 0 end end
  for i = 1, #a do for j = 1, #b do
    if a:sub(i, i) == b:sub(j, j) then m[i][j] = m[i - 1][j - 1] + 1
    else m[i][j] = math.max(m[i - 1][j], m[i][j - 1]) end
  end end
  local out, i, j = {}, #a, #b
  while i > 0 and j > 0 do
    if a:sub(i, i) == b:sub(j, j) then table.insert(out, 1, a:sub(i, i)) i, j = i - 1, j - 1
    elseif m[i - 1][j] >= m[i][j - 1] then i = i - 1 else j = j - 1 end
  end
  return table.concat(out)
end
local function knapsack(items, cap)
  local best = {}
  for w = 0, cap do best[w] = 0 end
  for _, it in ipairs(items) do
    for w = cap, it.w, -1 do best[w] = math.max(best[w], best[w - it.w] + it.v) end
  end
  return best[cap]
end
local function coin_ways(coins, total)
  local ways = { [0] = 1 }
  for i = 1, total do ways[i] = 0 end
  for _, c in ipairs(coins) do for t = c, total do ways[t] = ways[t] + ways[t - c] end end
  return ways[total]
end
print(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("flaw", "lawn"), levenshtein("same", "same"))
print(lcs("ABCBDAB", "BDCABA"), lcs("AGGTAB", "GXTXAYB"), lcs("abc", "def") == "")
print(knapsack({ { w = 1, v = 1 }, { w = 3, v = 4 }, { w = 4, v = 5 }, { w = 5, v = 7 } }, 7))
print(coin_ways({ 1, 2, 5, 10, 20, 50, 100, 200 }, 200), coin_ways({ 2 }, 3))
