-- package.loaded can be filled and cleared by hand
package.cpath = ""
package.path = "./mods/?.lua"
package.loaded.fake = { hand = "made" }
print(require("fake").hand)
package.loaded.fake = false
print(pcall(require, "fake"))
package.loaded.fake = nil
print(pcall(require, "fake"))
package.loaded.counter = "string value"
print(require("counter"))
package.loaded.counter = nil
print(type(require("counter")))
package.loaded["with.dots"] = 42
print(require("with.dots"))
