local Account = { balance = 0 }
function Account.new(b) return setmetatable({ balance = b }, { __index = Account }) end
function Account:deposit(v) self.balance = self.balance + v return self end
function Account:get() return self.balance end
function Account.static(x) return "static " .. tostring(x) end
local a = Account.new(100)
a:deposit(50):deposit(25)
print(a:get(), a.get(a), Account.get(a))
print(Account.static(1), a.static(2))
print(pcall(Account.get))
local ns = { inner = { deeper = {} } }
function ns.inner.deeper:who() return self == ns.inner.deeper end
function ns.inner.deeper.plain(self) return self end
print(ns.inner.deeper:who(), ns.inner.deeper.plain(7))
-- self is just the first parameter
local obj = { name = "obj" }
function obj:show(...) return self.name, select("#", ...) end
print(obj:show(), obj:show(1, 2), obj.show({ name = "other" }, 1))
local m = obj.show
print(m(obj, nil))
