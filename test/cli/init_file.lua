w = "from init file"
