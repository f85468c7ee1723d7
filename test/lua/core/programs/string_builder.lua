-- building output with tables, string.format and gsub templates
local rows = { { "name", "qty", "price" }, { "widget", 3, 2.5 }, { "gadget", 12, 10 }, { "doohickey", 1, 199.99 } }
local widths = {}
for _, r in ipairs(rows) do for i, v in ipairs(r) do widths[i] = math.max(widths[i] or 0, #tostring(v)) end end
for ri, r in ipairs(rows) do
  local cells = {}
  for i, v in ipairs(r) do
    local s = tostring(v)
    cells[i] = (type(v) == "number") and (" "):rep(widths[i] - #s) .. s or s .. (" "):rep(widths[i] - #s)
  end
  print("| " .. table.concat(cells, " | ") .. " |")
  if ri == 1 then
    local seps = {}
    for i = 1, #widths do seps[i] = ("-"):rep(widths[i]) end
    print("|-" .. table.concat(seps, "-|-") .. "-|")
  end
end
local template = "Dear ${name}, your order #${id} of ${count} items ships on ${day}. ${missing}"
local vars = { name = "Ada", id = 1815, count = 3, day = "Monday" }
print((template:gsub("%${(%w+)}", function(k) return vars[k] and tostring(vars[k]) end)))
local buf = {}
for i = 1, 10 do buf[#buf + 1] = string.format("%02d:%s", i, ("*"):rep(i)) end
print(table.concat(buf, " "))
print(#table.concat(buf), select(2, table.concat(buf, ","):gsub(",", ",")))
