-- small parsers built from patterns
local function parse_date(s)
  local y, m, d = s:match("^(%d%d%d%d)-(%d%d)-(%d%d)$")
  if not y then return nil end
  return tonumber(y), tonumber(m), tonumber(d)
end
print(parse_date("2024-02-29"), parse_date("24-2-29"), parse_date("2024-02-29x"))
local function parse_ip(s)
  local a, b, c, d = s:match("^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
  if not a then return "invalid" end
  for _, x in ipairs({ a, b, c, d }) do if tonumber(x) > 255 then return "out of range" end end
  return string.format("%d.%d.%d.%d", a, b, c, d)
end
print(parse_ip("192.168.0.1"), parse_ip("256.1.1.1"), parse_ip("1.2.3"), parse_ip("010.001.0.0"))
local function is_ident(s) return s:match("^[%a_][%w_]*$") ~= nil end
print(is_ident("foo"), is_ident("_x1"), is_ident("1x"), is_ident(""), is_ident("a-b"))
local function parse_email(s) return s:match("^([%w%._%-]+)@([%w%-]+%.[%w%.%-]+)$") end
print(parse_email("user.name@example.com"), parse_email("bad@"), parse_email("a@b.c"))
local ini = "[main]\nkey = value\n; comment\nnum=42\n[other]\nflag = true\n"
local section
for line in ini:gmatch("[^\n]+") do
  local sec = line:match("^%[(.-)%]$")
  if sec then section = sec
  elseif not line:match("^;") then
    local k, v = line:match("^(%w+)%s*=%s*(.-)%s*$")
    print(section, k, v)
  end
end
local function tokens(expr)
  local out, pos = {}, 1
  while pos <= #expr do
    local s, e = expr:find("^%s+", pos)
    if s then pos = e + 1 else
      local num = expr:match("^%d+%.?%d*", pos)
      if num then out[#out + 1] = "NUM(" .. num .. ")"; pos = pos + #num
      else
        local id = expr:match("^[%a_][%w_]*", pos)
        if id then out[#out + 1] = "ID(" .. id .. ")"; pos = pos + #id
        else out[#out + 1] = "OP(" .. expr:sub(pos, pos) .. ")"; pos = pos + 1 end
      end
    end
  end
  return table.concat(out, " ")
end
print(tokens("x1 = 3.14 * (y + 42) - z_2"))
