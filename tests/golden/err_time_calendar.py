import time

for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0),
            (1, 2, 3), 5, [2024, 1, 1, 0, 0, 0, 0, 1, 0]]:
    try:
        print(time.strftime('%Y', bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for arg in ['x', float('nan'), [1]]:
    try:
        time.gmtime(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    time.gmtime(0).tm_year = 5
except AttributeError as e:
    print(e)
try:
    time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)
time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 400, 0))
