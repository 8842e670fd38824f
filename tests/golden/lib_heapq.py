import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.heapreplace(data, 10), data)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]))
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(heapq.nlargest(1, words), heapq.nsmallest(1, []), heapq.nlargest(10, [3, 1]), heapq.nsmallest(0, [1]))
print(heapq.nsmallest(3, iter([4, 4, 1, 1, 2])), heapq.nlargest(3, iter([4, 4, 1, 1, 2])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (2, "close"))
print([heapq.heappop(tasks) for _ in range(3)])
