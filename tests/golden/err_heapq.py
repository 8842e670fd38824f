import heapq

try:
    heapq.heappop([])
except IndexError as e:
    print(e)
try:
    heapq.heapreplace([], 1)
except IndexError as e:
    print(e)
h = [1]
try:
    heapq.heappush(h, "a")
except TypeError as e:
    print(e)
for f in [heapq.heappop, heapq.heapify]:
    try:
        f((1,))
    except TypeError as e:
        print(e)
for f in [heapq.heappush, heapq.heappushpop, heapq.heapreplace]:
    try:
        f((1,), 2)
    except TypeError as e:
        print(e)
heapq.heapify((3, 1))
