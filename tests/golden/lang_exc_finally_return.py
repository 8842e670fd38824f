def override():
    try:
        return "try"
    finally:
        return "finally"

def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def order():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2

print(override())
print(swallow())
print(order())
print(value_captured())

def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(nested())
