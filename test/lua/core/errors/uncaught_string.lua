print("before the error")
io.write("partial line without newline")
error("top-level failure")
print("never printed")
