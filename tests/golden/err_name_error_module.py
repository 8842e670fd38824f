print("before")
x = 1
print(x + y)
print("never printed")
