print("error with a number")
error(42)
