text = "prix: 5€"
print(text.encode())
print(text.encode("ascii"))
