a = 1
b = "a"
print("adding")
print(a + b)
