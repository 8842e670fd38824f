class C:
    def m(self, a, b):
        return a + b

print(C().m(1, 2))
C.m(1, 2)
