import sys

sys.counter = 1
sys.counter += 41
print(sys.counter)
sys.counter //= 5
print(sys.counter)
sys.items = []
sys.items += ["x"]
print(sys.items)
