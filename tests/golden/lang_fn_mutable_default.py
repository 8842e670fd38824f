def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe(1), safe(2))

counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot())

def memo(n, cache={}):
    if n not in cache:
        cache[n] = n * n
        print("computing", n)
    return cache[n]
print(memo(3), memo(3), memo(4))
