from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            self.evictions += 1
            print(f"  evict {old!r}")

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        inner = ", ".join(f"{k}={v}" for k, v in self.data.items())
        return f"LRU[{inner}]"

    def stats(self):
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} ratio={ratio:.2f}"


def cached(cache):
    def decorator(func):
        def wrapper(n):
            result = cache.get(n)
            if result is None:
                result = func(n)
                cache.put(n, result)
            return result
        wrapper.__name__ = func.__name__
        return wrapper
    return decorator


cache = LRUCache(3)
for key, value in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(key, value)
print(cache)
print("get a:", cache.get("a"))
cache.put("d", 4)
print(cache, len(cache), "b" in cache)
print("get b:", cache.get("b", "missing"))
cache.put("c", 30)
cache.put("e", 5)
print(cache)
print(cache.stats())

fib_cache = LRUCache(50)


@cached(fib_cache)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib.__name__, [fib(i) for i in range(15)])
print("fib(60) =", fib(60))
print(fib_cache.stats())

od = OrderedDict((k, None) for k in "abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), list(od.keys()))
plain = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    plain[word] = plain.pop(word, 0) + 1
print(plain)
