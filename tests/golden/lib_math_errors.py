import math
for f, a in [(math.sqrt, [-1]), (math.log, [0]), (math.floor, [float("inf")]), (math.exp, [1000]), (math.factorial, [-1]), (math.log, [10, 1]), (math.sqrt, ["x"]), (math.pow, [0, -1]), (math.acos, [2])]:
    try: f(*a)
    except Exception as e: print(f.__name__, type(e).__name__, e)
