print("a")
print("b"
