class C:
    pass

print("len")
len(C())
