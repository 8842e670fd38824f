class C:
    pass

print("negating")
x = -C()
