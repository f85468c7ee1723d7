-- %d/%x/%o/%c truncate their number toward zero (C cast)
for _, v in ipairs({ 0.9, -0.9, 1.5, -1.5, 255.9, -255.9, 65.99, 1e10 + 0.7, -(1e10 + 0.7) }) do
  print(v, string.format("%d %i %x %X %o %u", v, v, v, v, v, v))
end
print(string.format("%c%c%c", 72.9, 105.1, 33.5))
