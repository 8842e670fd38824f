print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda n: n % 3 == 0, range(10))))
print(list(filter(None, [0, 1, "", "a"])))

class C:
    def __init__(self):
        self.a = 1

print(vars(C()))
print(sorted(set([3, 1, 3])))
print("%s-%d-%r" % ("s", 5, "r"))
