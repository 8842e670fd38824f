class C:
    @property
    def area(self):
        return 4

c = C()
print(c.area)
c.area = 5
