-- padding, centering and text wrapping
local function lpad(s, n, c) return string.rep(c or " ", n - #s) .. s end
local function rpad(s, n, c) return s .. string.rep(c or " ", n - #s) end
local function center(s, n)
  local total = n - #s
  local left = math.floor(total / 2)
  return string.rep(" ", left) .. s .. string.rep(" ", total - left)
end
print("[" .. lpad("42", 6, "0") .. "]", "[" .. rpad("ab", 5, ".") .. "]", "[" .. center("mid", 10) .. "]")
print("[" .. lpad("toolong", 3) .. "]")
local function wrap(text, width)
  local lines, line = {}, ""
  for word in text:gmatch("%S+") do
    if #line + #word + 1 > width and #line > 0 then
      lines[#lines + 1] = line
      line = word
    else
      line = (#line > 0) and (line .. " " .. word) or word
    end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
for _, l in ipairs(wrap("The quick brown fox jumps over the lazy dog and keeps running far away", 20)) do
  print(string.format("|%-20s|", l))
end
print(string.format("|%20s|", "right"))
print(string.format("|%-20s|", "left"))
