print("raising an int")
raise 5
