class C:
    def __init__(self, n):
        self.n = n

xs = [C(2), C(1)]
print(len(xs))
sorted(xs)
