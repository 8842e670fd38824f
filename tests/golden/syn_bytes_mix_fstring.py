name = "x"
print(b"key=" f"{name}")
