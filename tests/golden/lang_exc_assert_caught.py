def check(n):
    assert n >= 0, "negative"
    assert n < 100
    return n

for v in [5, -1, 200]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)
