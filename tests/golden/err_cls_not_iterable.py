class C:
    pass

print("iterating")
for x in C():
    print(x)
