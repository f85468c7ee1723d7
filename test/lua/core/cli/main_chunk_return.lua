-- args: x
print("returning values from the main chunk does not change the exit status")
return 1, 2, 3
