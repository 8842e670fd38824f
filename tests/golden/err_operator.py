import operator

try:
    operator.itemgetter(1)(5)
except TypeError as e:
    print(e)
try:
    operator.attrgetter(1)
except TypeError as e:
    print(e)
try:
    operator.attrgetter("nope")(5)
except AttributeError as e:
    print(e)
try:
    operator.methodcaller(5)
except TypeError as e:
    print(e)
try:
    operator.indexOf([1, 2], 3)
except ValueError as e:
    print(e)
try:
    operator.itemgetter(3)([1])
except IndexError as e:
    print(e)
operator.add(1, "a")
