-- a tiny Lisp: reader, environments with closures, special forms, recursion
local function tokenize(s)
  local t = {}
  for tok in s:gsub("%(", " ( "):gsub("%)", " ) "):gmatch("%S+") do t[#t + 1] = tok end
  return t
end
local function read(tokens, i)
  local tok = tokens[i]
  if tok == "(" then
    local list = {}
    i = i + 1
    while tokens[i] ~= ")" do
      local v
      v, i = read(tokens, i)
      list[#list + 1] = v
    end
    return list, i + 1
  end
  return tonumber(tok) or tok, i + 1
end
local Env = {}
Env.__index = function(env, k) local outer = rawget(env, "__outer") if outer then return outer[k] end end
local function env(outer) return setmetatable({ __outer = outer }, Env) end
local global = env(nil)
global["+"] = function(a, b) return a + b end
global["-"] = function(a, b) return a - b end
global["*"] = function(a, b) return a * b end
global["<"] = function(a, b) return a < b end
global["="] = function(a, b) return a == b end
global["list"] = function(...) return { ... } end
global["car"] = function(l) return l[1] end
global["cdr"] = function(l) return { unpack(l, 2) } end
global["null?"] = function(l) return #l == 0 end
local function eval(x, e)
  if type(x) == "string" then return e[x] end
  if type(x) == "number" then return x end
  local op = x[1]
  if op == "quote" then return x[2]
  elseif op == "if" then if eval(x[2], e) then return eval(x[3], e) else return eval(x[4], e) end
  elseif op == "define" then e[x[2]] = eval(x[3], e) return nil
  elseif op == "lambda" then
    local params, body = x[2], x[3]
    return function(...)
      local inner = env(e)
      local args = { ... }
      for i, p in ipairs(params) do inner[p] = args[i] end
      return eval(body, inner)
    end
  else
    local f = eval(op, e)
    local args = {}
    for i = 2, #x do args[#args + 1] = eval(x[i], e) end
    return f(unpack(args))
  end
end
local function run(src) return eval((read(tokenize(src), 1)), global) end
run("(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))")
run("(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))")
run("(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))")
run("(define make-adder (lambda (x) (lambda (y) (+ x y))))")
run("(define add5 (make-adder 5))")
print(run("(fact 10)"), run("(fib 15)"), run("(len (list 1 2 3 4))"), run("(add5 37)"))
print(run("(car (quote (a b c)))"), run("(if (= 1 1) 10 20)"), run("((lambda (a b) (* a b)) 6 7)"))
print(pcall(run, "(undefined 1)"))
