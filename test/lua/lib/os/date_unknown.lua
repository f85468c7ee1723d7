-- unknown conversion characters come back literally from glibc's strftime
for _, c in ipairs({ "Q", "E", "O", "f", "i", "J", "K", "L", "N", "o", "q", "v", "!", "#", "{" }) do
  print(c, "[" .. os.date("!%" .. c, 0) .. "]")
end
