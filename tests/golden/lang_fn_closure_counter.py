def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc(); inc(); inc(5)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())

def make_adder(n):
    return lambda x: x + n

adders = [make_adder(i) for i in range(3)]
print([a(10) for a in adders])
print(inc.__name__, make_adder(1).__name__)
