-- a CSV line parser with quoted fields
local function parse_csv(line)
  local res, pos = {}, 1
  while true do
    if line:sub(pos, pos) == '"' then
      local txt, i = "", pos + 1
      while true do
        local a, b = line:find('"', i, true)
        if not a then error("unmatched quote") end
        if line:sub(b + 1, b + 1) == '"' then
          txt = txt .. line:sub(i, a)
          i = b + 2
        else
          txt = txt .. line:sub(i, a - 1)
          pos = b + 1
          break
        end
      end
      res[#res + 1] = txt
      if line:sub(pos, pos) == "," then pos = pos + 1 else break end
    else
      local s = line:find(",", pos, true)
      if s then
        res[#res + 1] = line:sub(pos, s - 1)
        pos = s + 1
      else
        res[#res + 1] = line:sub(pos)
        break
      end
    end
  end
  return res
end
for _, l in ipairs({ 'a,b,c', '"quoted, comma",plain', '"say ""hi""",x', ',,', '', '"",""', 'single' }) do
  local r = parse_csv(l)
  print(#r, "<" .. table.concat(r, "><") .. ">")
end
print(pcall(parse_csv, '"open'))
