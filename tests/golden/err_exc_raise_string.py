print("raising a string")
raise "oops"
