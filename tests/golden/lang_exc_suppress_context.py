try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

try:
    raise ValueError("v")
except ValueError as e:
    print(e.__suppress_context__)
    e.__suppress_context__ = True
    print(e.__suppress_context__)
