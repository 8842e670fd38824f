class C:
    pass

c = C()
c.x = 1
del c.x
print("deleted once")
del c.x
