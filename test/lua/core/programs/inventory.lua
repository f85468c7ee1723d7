-- a small OOP program with inheritance, tostring, sorting and string formatting
local Item = {}
Item.__index = Item
Item.__tostring = function(self) return string.format("%-10s %3d x %7.2f = %8.2f", self.name, self.qty, self.price, self:total()) end
function Item.new(name, qty, price) return setmetatable({ name = name, qty = qty, price = price }, Item) end
function Item:total() return self.qty * self.price end
local Discounted = setmetatable({}, { __index = Item })
Discounted.__index = Discounted
Discounted.__tostring = Item.__tostring
function Discounted.new(name, qty, price, pct)
  local o = Item.new(name, qty, price)
  o.pct = pct
  return setmetatable(o, Discounted)
end
function Discounted:total() return Item.total(self) * (1 - self.pct / 100) end
local stock = {
  Item.new("apple", 10, 0.5), Item.new("pear", 4, 0.75), Discounted.new("melon", 2, 3.2, 25),
  Item.new("grape", 100, 0.02), Discounted.new("cherry", 30, 0.1, 10),
}
table.sort(stock, function(a, b) return a:total() > b:total() end)
local sum = 0
for _, it in ipairs(stock) do print(tostring(it)) sum = sum + it:total() end
print(string.format("%-10s %25.2f", "TOTAL", sum))
local byname = {}
for _, it in ipairs(stock) do byname[it.name] = it end
print(byname.melon.pct, getmetatable(byname.melon) == Discounted, getmetatable(byname.apple) == Item)
