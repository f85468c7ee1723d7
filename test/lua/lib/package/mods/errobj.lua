-- raises a table as its error value
error({ module_error = true })
