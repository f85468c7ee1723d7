-- os.exit(257): the status is taken modulo 256 by the system
print("exit 257")
os.exit(257)
