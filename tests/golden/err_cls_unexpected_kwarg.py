class C:
    def __init__(self, x):
        self.x = x

print(C(x=1).x)
C(y=2)
