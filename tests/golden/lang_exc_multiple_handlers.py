def classify(thunk):
    try:
        thunk()
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ZeroDivisionError as e:
        return "zero: " + str(e)
    except (TypeError, ValueError) as e:
        return "value-ish " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
    return "fine"

print(classify(lambda: {}["a"]))
print(classify(lambda: [][3]))
print(classify(lambda: 1 / 0))
print(classify(lambda: int("x")))
print(classify(lambda: "a" + 1))
print(classify(lambda: undefined_name))
print(classify(lambda: None))
print(classify(lambda: (1).nope))

try:
    [].pop()
except:
    print("bare except caught")

class Base(Exception): pass
class Derived(Base): pass

try:
    raise Derived("d")
except Base as e:
    print("caught by base:", type(e).__name__, e)
