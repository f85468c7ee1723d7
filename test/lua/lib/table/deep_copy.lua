-- a deep copy and a structural comparison built on the table library
local function deepcopy(v, seen)
  if type(v) ~= "table" then return v end
  seen = seen or {}
  if seen[v] then return seen[v] end
  local c = {}
  seen[v] = c
  for k, x in pairs(v) do c[deepcopy(k, seen)] = deepcopy(x, seen) end
  return setmetatable(c, getmetatable(v))
end
local function serialize(v, indent)
  indent = indent or ""
  if type(v) ~= "table" then return type(v) == "string" and string.format("%q", v) or tostring(v) end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) then return a < b end
    return type(a) < type(b)
  end)
  local parts = {}
  for _, k in ipairs(keys) do
    parts[#parts + 1] = indent .. "  [" .. serialize(k) .. "] = " .. serialize(v[k], indent .. "  ")
  end
  return "{\n" .. table.concat(parts, ",\n") .. "\n" .. indent .. "}"
end
local orig = { 1, 2, { 3, 4, { 5 } }, name = "root", flags = { a = true, b = false }, [10] = "ten" }
orig.self = orig
local copy = deepcopy(orig)
print(copy ~= orig, copy.self == copy, copy[3] ~= orig[3])
copy.self = nil
print(serialize(copy))
