class C:
    def m(self):
        return 1

c = C()
print(c.m())
c.m(5)
