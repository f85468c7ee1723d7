local function build(n)
  return ("ab"):rep(n)
end
print(build(2))
print(build())
