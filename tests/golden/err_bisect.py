import bisect

try:
    bisect.bisect([1, 2], 1, -1)
except ValueError as e:
    print(e)
bisect.bisect_left([1, "a"], 2)
