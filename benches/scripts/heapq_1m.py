import heapq

N = 1000000

# A deterministic spread of ints (a linear congruential sequence).
data = []
x = 12345
for i in range(N):
    x = (x * 1103515245 + 12345) % 2147483648
    data.append(x % 1000003)

h = list(data)
heapq.heapify(h)
checksum = sum(h[:1000])

pushed = []
for v in data:
    heapq.heappush(pushed, v)
popped = [heapq.heappop(pushed) for _ in range(N)]

for i in range(0, N, 4):
    heapq.heapreplace(h, data[i])

small = heapq.nsmallest(10, data)
large = heapq.nlargest(10, data)
print(checksum, popped[:5], popped[-5:], popped == sorted(data))
print(h[:5], len(h), small, large)
