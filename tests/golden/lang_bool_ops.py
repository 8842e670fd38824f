print(1 or 2)
print(0 or 2)
print(0 or "")
print(1 and 2)
print(0 and 2)
print([] and 1)
print(None or "default")
print(not None, not [], not [0])
print(True and "yes" or "no")
print(False and "yes" or "no")

def side(v):
    print("side", v)
    return v

print(side(0) and side(1))
print(side(1) or side(2))
print(side(0) or side(0) or side(3))
print(True + True, True * 10, False - 1)
print(True == 1, False == 0)
