def add(a, b):
    return a + b

def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct

def nothing():
    pass

def early(n):
    if n > 0:
        return "positive"
    return

print(add(2, 3))
print(greet("world"))
print(greet("bob", "hi"))
print(greet("amy", "hey", "?"))
print(nothing())
print(early(5), early(-1))
print(add("ab", "cd"), add([1], [2]))

def multi():
    return 1, 2, 3

print(multi())
x, y, z = multi()
print(z, y, x)
