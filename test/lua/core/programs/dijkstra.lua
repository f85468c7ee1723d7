local graph = {
  A = { B = 7, C = 9, F = 14 }, B = { A = 7, C = 10, D = 15 }, C = { A = 9, B = 10, D = 11, F = 2 },
  D = { B = 15, C = 11, E = 6 }, E = { D = 6, F = 9 }, F = { A = 14, C = 2, E = 9 }, G = {},
}
local function dijkstra(src)
  local dist, prev, done = { [src] = 0 }, {}, {}
  while true do
    local u, best = nil, math.huge
    for node, d in pairs(dist) do
      if not done[node] and (d < best or (d == best and u and node < u)) then u, best = node, d end
    end
    if not u then break end
    done[u] = true
    for v, w in pairs(graph[u]) do
      local alt = dist[u] + w
      if dist[v] == nil or alt < dist[v] then dist[v], prev[v] = alt, u end
    end
  end
  return dist, prev
end
local dist, prev = dijkstra("A")
local nodes = {}
for n in pairs(graph) do nodes[#nodes + 1] = n end
table.sort(nodes)
for _, n in ipairs(nodes) do
  local path, cur = {}, n
  while cur do table.insert(path, 1, cur) cur = prev[cur] end
  print(n, dist[n] or "unreachable", dist[n] and table.concat(path, "->") or "")
end
