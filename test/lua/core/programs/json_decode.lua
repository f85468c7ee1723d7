local decode
local function skip(s, i) return (s:find("%S", i)) or #s + 1 end
local function err(s, i, what) error(string.format("%s at position %d", what, i), 0) end
local parse_value
local function parse_string(s, i)
  local out, j = {}, i + 1
  while true do
    local c = s:sub(j, j)
    if c == "" then err(s, j, "unterminated string") end
    if c == '"' then return table.concat(out), j + 1 end
    if c == "\\" then
      local e = s:sub(j + 1, j + 1)
      local map = { n = "\n", t = "\t", r = "\r", b = "\b", f = "\f", ['"'] = '"', ["\\"] = "\\", ["/"] = "/" }
      if map[e] then out[#out + 1] = map[e] j = j + 2
      elseif e == "u" then out[#out + 1] = string.char(tonumber(s:sub(j + 2, j + 5), 16) % 256) j = j + 6
      else err(s, j, "bad escape") end
    else out[#out + 1] = c j = j + 1 end
  end
end
function parse_value(s, i)
  i = skip(s, i)
  local c = s:sub(i, i)
  if c == "{" then
    local obj = {}
    i = skip(s, i + 1)
    if s:sub(i, i) == "}" then return obj, i + 1 end
    while true do
      local k
      k, i = parse_string(s, skip(s, i))
      i = skip(s, i)
      if s:sub(i, i) ~= ":" then err(s, i, "expected ':'") end
      obj[k], i = parse_value(s, i + 1)
      i = skip(s, i)
      local d = s:sub(i, i)
      if d == "}" then return obj, i + 1 end
      if d ~= "," then err(s, i, "expected ',' or '}'") end
      i = i + 1
    end
  elseif c == "[" then
    local arr = {}
    i = skip(s, i + 1)
    if s:sub(i, i) == "]" then return arr, i + 1 end
    while true do
      arr[#arr + 1], i = parse_value(s, i)
      i = skip(s, i)
      local d = s:sub(i, i)
      if d == "]" then return arr, i + 1 end
      if d ~= "," then err(s, i, "expected ',' or ']'") end
      i = i + 1
    end
  elseif c == '"' then return parse_string(s, i)
  elseif s:sub(i, i + 3) == "true" then return true, i + 4
  elseif s:sub(i, i + 4) == "false" then return false, i + 5
  elseif s:sub(i, i + 3) == "null" then return nil, i + 4
  else
    local num = s:match("^-?%d+%.?%d*[eE]?[-+]?%d*", i)
    if not num or num == "" then err(s, i, "unexpected character '" .. c .. "'") end
    return tonumber(num), i + #num
  end
end
function decode(s) local v, i = parse_value(s, 1) return v end
local doc = decode('{"name": "lupa", "list": [1, 2.5, -3e2, true, false], "nested": {"k": "v\\n\\u0041"}, "empty": [], "obj": {}}')
print(doc.name, #doc.list, doc.list[2], doc.list[3], doc.list[4], doc.list[5])
print(doc.nested.k, #doc.empty, next(doc.obj))
print(pcall(decode, '{"a" 1}'))
print(pcall(decode, '[1, 2'))
print(pcall(decode, '"abc'))
print(pcall(decode, '@'))
local arr = decode("[[1,[2,[3,[4]]]]]")
print(arr[1][2][2][2][1])
