-- upper/lower leave non-ASCII and non-letters alone; idempotence
local s = "Hello, World! 123 _-+ \t\n äöü ÀÉÎ"
print(s:upper())
print(s:lower())
print(s:upper():upper() == s:upper(), s:lower():lower() == s:lower())
print(s:upper():lower() == s:lower(), s:lower():upper() == s:upper())
print(("ABCdef"):upper(), ("ABCdef"):lower(), (""):upper() == "")
print(#s, #s:upper(), #s:lower())
