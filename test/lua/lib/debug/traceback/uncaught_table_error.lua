-- uncaught error with a non-string value
error({ code = 1 })
