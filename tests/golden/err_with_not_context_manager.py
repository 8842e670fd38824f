class NotCM:
    pass

print("before")
with NotCM():
    print("never")
