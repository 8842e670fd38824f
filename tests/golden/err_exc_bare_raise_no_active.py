print("no active exception")
raise
