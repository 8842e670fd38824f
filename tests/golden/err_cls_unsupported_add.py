class C:
    pass

print("adding")
C() + 1
