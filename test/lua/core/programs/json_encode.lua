local encode
local escapes = { ['"'] = '\\"', ["\\"] = "\\\\", ["\n"] = "\\n", ["\t"] = "\\t", ["\r"] = "\\r", ["\b"] = "\\b", ["\f"] = "\\f" }
local function enc_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return escapes[c] or string.format("\\u%04x", c:byte()) end) .. '"'
end
local function is_array(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end
function encode(v, indent, cur)
  local t = type(v)
  if t == "nil" then return "null"
  elseif t == "boolean" then return tostring(v)
  elseif t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode a non-finite number") end
    if v == math.floor(v) and math.abs(v) < 1e15 then return string.format("%d", v) end
    return string.format("%.14g", v)
  elseif t == "string" then return enc_string(v)
  elseif t == "table" then
    local arr, n = is_array(v)
    local parts = {}
    if arr and n > 0 then
      for i = 1, n do parts[i] = encode(v[i]) end
      return "[" .. table.concat(parts, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do
      if type(k) ~= "string" then error("non-string key: " .. tostring(k)) end
      keys[#keys + 1] = k
    end
    table.sort(keys)
    for i, k in ipairs(keys) do parts[i] = enc_string(k) .. ":" .. encode(v[k]) end
    return "{" .. table.concat(parts, ",") .. "}"
  end
  error("cannot encode a " .. t)
end
print(encode({ 1, 2, 3 }))
print(encode({ name = "lupa", version = 5.1, tags = { "lua", "ts" }, nested = { a = { b = { c = true } } } }))
print(encode("quote \" backslash \\ newline \n tab \t bell \7"))
print(encode({}), encode({ {} }), encode({ false, true }))
print(encode(0.1), encode(-3), encode(1e20), encode(2^53))
print(pcall(encode, { [1] = 1, [3] = 3 }))
print(pcall(encode, 0/0))
print(pcall(encode, print))
