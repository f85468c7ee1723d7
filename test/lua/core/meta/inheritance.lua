local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name, self.sound = name, sound
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, { __index = Animal })
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog, a kind of " .. Animal.kind(self) end
function Dog:fetch() return self.name .. " fetches" end
local Puppy = setmetatable({}, { __index = Dog })
Puppy.__index = Puppy
function Puppy.new(name) return setmetatable(Dog.new(name), Puppy) end
function Puppy:speak() return Dog.speak(self) .. " (softly)" end
local a, d, p = Animal.new("cat", "meow"), Dog.new("rex"), Puppy.new("bit")
print(a:speak(), a:kind())
print(d:speak(), d:kind(), d:fetch())
print(p:speak(), p:kind(), p:fetch())
print(getmetatable(p) == Puppy, rawget(Puppy, "fetch"), p.fetch == Dog.fetch)
print(pcall(function() return a:fetch() end))
-- instance fields shadow class fields
p.speak = function() return "overridden" end
print(p:speak(), Puppy.new("x"):speak())
-- isinstance by walking the chain
local function isa(obj, class)
  local mt = getmetatable(obj)
  while mt do
    if mt == class then return true end
    local parent = getmetatable(mt)
    mt = parent and parent.__index
  end
  return false
end
print(isa(p, Puppy), isa(p, Dog), isa(p, Animal), isa(d, Puppy), isa(a, Dog))
