-- yielding from the main chunk (not inside any coroutine) is an error
print("before")
coroutine.yield(1)
print("never")
