-- os.exit with a code: output before it is flushed
print("before exit")
io.write("unterminated line")
os.exit(3)
print("never")
