error("no position at level 0", 0)
