print("main chunk")
error("failure in the main chunk")
