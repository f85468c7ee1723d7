local function probe(level) return getfenv(level) end
local function tail() return probe(2) end
local function nontail() local e = probe(2) return e end
print(nontail() == _G)
local ok, err = pcall(tail)
print(ok, ok and (err == _G) or err)
local function tailset() return setfenv(2, {}) end
print(pcall(tailset))
