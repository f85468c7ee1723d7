-- a recursive-descent calculator with precedence, unary minus, power and parentheses
local function tokenize(s)
  local toks, i = {}, 1
  while i <= #s do
    local c = s:sub(i, i)
    if c:match("%s") then i = i + 1
    elseif c:match("[%d%.]") then
      local num = s:match("^%d*%.?%d+", i) or s:match("^%d+", i)
      toks[#toks + 1] = { t = "num", v = tonumber(num) } i = i + #num
    elseif c:match("[%+%-%*/%^%%%(%)]") then toks[#toks + 1] = { t = c } i = i + 1
    else error("bad character '" .. c .. "'", 0) end
  end
  return toks
end
local function parse(s)
  local toks, pos = tokenize(s), 1
  local function peek() return toks[pos] and toks[pos].t end
  local function take() pos = pos + 1 return toks[pos - 1] end
  local expr
  local function atom()
    local t = take()
    if not t then error("unexpected end", 0) end
    if t.t == "num" then return t.v end
    if t.t == "(" then local v = expr() if peek() ~= ")" then error("missing )", 0) end take() return v end
    if t.t == "-" then return -atom() end
    error("unexpected '" .. t.t .. "'", 0)
  end
  local function power() local b = atom() if peek() == "^" then take() return b ^ power() end return b end
  local function term()
    local v = power()
    while peek() == "*" or peek() == "/" or peek() == "%" do
      local op = take().t
      local r = power()
      if op == "*" then v = v * r elseif op == "/" then v = v / r else v = v % r end
    end
    return v
  end
  function expr()
    local v = term()
    while peek() == "+" or peek() == "-" do
      local op = take().t
      local r = term()
      if op == "+" then v = v + r else v = v - r end
    end
    return v
  end
  local v = expr()
  if pos <= #toks then error("trailing input", 0) end
  return v
end
for _, e in ipairs({ "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "7 % 3", "-7 % 3",
  "((((5))))", "1.5 * 4", ".5 + .25", "2 * (3 + 4) * 5 - 6 / 3", "1 +", "(1 + 2", "3 $ 4", "1 2" }) do
  local ok, v = pcall(parse, e)
  print(e, "=", ok and v or ("error: " .. v))
end
