local text = "Lua is a powerful, efficient, lightweight, embeddable scripting language. It supports procedural programming, object-oriented programming, functional programming, data-driven programming, and data description."
local function wrap(s, width)
  local lines, line = {}, ""
  for word in s:gmatch("%S+") do
    if #line == 0 then line = word
    elseif #line + 1 + #word <= width then line = line .. " " .. word
    else lines[#lines + 1] = line line = word end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
for _, w in ipairs({ 20, 35, 60 }) do
  print(("-"):rep(w))
  for _, l in ipairs(wrap(text, w)) do print(l) end
end
local function justify(line, width)
  local words = {}
  for w in line:gmatch("%S+") do words[#words + 1] = w end
  if #words == 1 then return line end
  local total = 0
  for _, w in ipairs(words) do total = total + #w end
  local gaps, spaces = #words - 1, width - total
  local out = {}
  for i, w in ipairs(words) do
    out[#out + 1] = w
    if i <= gaps then
      local n = math.floor(spaces / gaps) + ((i <= spaces % gaps) and 1 or 0)
      out[#out + 1] = (" "):rep(n)
    end
  end
  return table.concat(out)
end
for _, l in ipairs(wrap(text, 30)) do print("|" .. justify(l, 30) .. "|") end
