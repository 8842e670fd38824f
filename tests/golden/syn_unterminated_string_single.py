print("a")
name = 'bob
