-- os.exit(true) in 5.1: the argument must be a number
print("trying os.exit(true)")
print(pcall(os.exit, true))
os.exit(true)
