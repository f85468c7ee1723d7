print("error with a table value")
error({ code = 2 })
