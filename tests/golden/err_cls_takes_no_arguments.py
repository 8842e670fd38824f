class C:
    pass

print(type(C()).__name__)
C(1)
