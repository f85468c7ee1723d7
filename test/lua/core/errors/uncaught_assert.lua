local value = tonumber("not a number")
assert(value, "expected a number")
