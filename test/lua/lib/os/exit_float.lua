-- os.exit with a non-integer and with a large code
print("exit 2.9")
os.exit(2.9)
