import math
print(math.sqrt(16), math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.log(100, 10), math.log(8, 2), math.log2(8), math.log10(1000), math.log(math.e))
print(math.exp(1), math.pow(2, 10), math.sin(math.pi/2), math.cos(0), math.tan(math.pi/4), math.atan2(1,1))
