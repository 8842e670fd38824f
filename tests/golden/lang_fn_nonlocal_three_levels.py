def outer():
    x = "outer"
    log = []
    def middle():
        y = "middle"
        def inner():
            nonlocal x, y
            x = x + "+inner"
            y = y + "+inner"
            log.append((x, y))
            return x, y
        r = inner()
        log.append(y)
        return r
    middle()
    middle()
    return x, log

x, log = outer()
print(x)
for entry in log:
    print(entry)

def a():
    v = 1
    def b():
        def c():
            return v * 10
        return c()
    return b()
print(a())
