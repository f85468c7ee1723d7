local handlers = {}
print("dispatching")
handlers.on_event("payload")
