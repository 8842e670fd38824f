# Captures bind like assignments: locals, globals, closures, class bodies.
counter = 0

def bump(v):
    global counter
    match v:
        case int(counter):
            pass
    return counter

print(bump(5), counter)

def outer():
    def inner():
        return found
    match {"k": "v"}:
        case {"k": found}:
            pass
    return inner()

print(outer())

class Config:
    match ("debug", 3):
        case (mode, level):
            pass

print(Config.mode, Config.level)

def unbound(v):
    match v:
        case [late]:
            pass
    return late

print(unbound([1]))
try:
    unbound(2)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

for i in range(3):
    match i:
        case 0:
            continue
        case 2:
            break
    print("loop body after match", i)

def returns_from_case(v):
    match v:
        case 1:
            return "one"
    return "fallthrough"

print(returns_from_case(1), returns_from_case(2))
