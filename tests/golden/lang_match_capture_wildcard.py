# Capture and wildcard patterns; soft keywords used as names.
def first(v):
    match v:
        case x:
            return f"captured {x!r}"

print(first(42))
print(first([1, 2]))

match (1, 2):
    case _:
        print("wildcard always matches")

try:
    _
except NameError as e:
    print("wildcard binds nothing:", e)

match = 3
case = 4
print("match + case =", match + case)
match = [10, 20]
print(match[0], match[1:])
match.append(30)
print(match)

def case(x):
    return x + 1

print(case(1))

class match:
    case = "attr"

print(match.case)

match match.case:
    case "attr":
        print("matched on an attribute of a class named match")

# a match statement binds in the enclosing function scope
def f(v):
    match v:
        case [a, b]:
            pass
    return a + b

print(f([3, 4]))
