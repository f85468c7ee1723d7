print("about to exit with 3")
io.write("unflushed partial output")
os.exit(3)
print("never")
