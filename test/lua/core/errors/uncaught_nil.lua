-- error(nil) at top level: exit status 1 and nothing on stderr
print("error(nil)")
error(nil)
