def run(fail):
    out = []
    try:
        out.append("try")
        if fail:
            raise ValueError("bad")
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out

print(run(False))
print(run(True))

def only_finally(fail):
    try:
        if fail:
            raise KeyError("k")
        return "ok"
    finally:
        print("cleanup", fail)

print(only_finally(False))
try:
    only_finally(True)
except KeyError as e:
    print("outer caught", e)

try:
    x = 1
except Exception:
    print("never")
else:
    print("else ran", x)

try:
    pass
finally:
    print("bare finally")
