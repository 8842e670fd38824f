try:
    raise ValueError("x")
except 5:
    print("never")
