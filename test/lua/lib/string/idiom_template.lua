-- a template engine with gsub callbacks and tables
local function render(tpl, env)
  return (tpl:gsub("{{%s*([%w_%.]+)%s*}}", function(path)
    local v = env
    for key in path:gmatch("[^%.]+") do
      if type(v) ~= "table" then return "?" end
      v = v[key]
    end
    return v == nil and "" or tostring(v)
  end))
end
local env = { user = { name = "Ada", age = 36 }, site = "lua.org", n = 3.5 }
print(render("Hello {{ user.name }} ({{user.age}}) from {{site}}!", env))
print(render("{{missing}}|{{user.missing}}|{{n}}|{{site.x}}", env))
print(render("no tags", env))
print(("$a + $b = $c"):gsub("%$(%a)", { a = 1, b = 2, c = 3 }))
local count = 0
local out = ("x y z"):gsub("%a", function(c) count = count + 1; return c .. count end)
print(out, count)
