e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

saved = None
try:
    1 / 0
except ZeroDivisionError as err:
    saved = err
print(type(saved).__name__, saved)
