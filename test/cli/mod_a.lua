print("loading mod_a", ...)
return { answer = 42 }
