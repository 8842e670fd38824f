class C:
    pass

c = C()
print("calling")
c()
