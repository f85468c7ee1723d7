print("raising a boolean")
error(false)
