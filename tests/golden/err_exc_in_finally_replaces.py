try:
    raise ValueError("first")
finally:
    print("finally")
    raise KeyError("second")
