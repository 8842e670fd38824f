ba = bytearray(b'hello')
ba[0:1] = b'J'; print(ba)
ba[1:3] = [69, 76]; print(ba)
ba[:] = ba; print(ba)
ba[::2] = b'xyz'; print(ba)
ba[5:] = bytearray(b'!!'); print(ba)
ba[0:0] = (c for c in b'>>'); print(ba)
for v in ['x', 5, 1.5, None, ['x'], [300], b'ab']:
    try:
        ba[::3] = v
        print(ba)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del ba[1:3]; print(ba)
