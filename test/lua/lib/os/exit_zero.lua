-- os.exit() exits with status 0
print("a")
os.exit()
print("never")
