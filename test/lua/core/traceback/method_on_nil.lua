local registry = { users = {} }
function registry:find(name) return self.users[name] end
local function greet(name)
  local user = registry:find(name)
  return "hello " .. user:display_name()
end
print(greet("nobody"))
