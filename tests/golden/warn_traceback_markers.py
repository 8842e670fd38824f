# Tracebacks mark the failing expression as CPython 3.11 does: `^` under a
# call, `~` and `^` under a binary operation and a subscript.
def ratio(values):
    return sum(values) / len(values)


def lookup(table, key):
    return table[key] * 2


def report(tables):
    return lookup(tables[0], "x") + ratio([])


try:
    report([{"x": 1}])
except ZeroDivisionError:
    print("caught")
print(lookup({"y": 1}, "y"))
report([{"z": 1}])
