-- a package directory with an init.lua, found through a "?/init.lua" template
return { kind = "init", name = ... }
