N = 200000

d = {}
for i in range(N):
    key = f"key-{i}"
    d[key] = f"{i * 3}:{i % 97}"

total_len = 0
for k in d:
    total_len += len(d[k])

parts = []
for i in range(0, N, 1000):
    parts.append(d[f"key-{i}"])
joined = ",".join(parts)

s = ""
for i in range(20000):
    s += str(i % 10)

counts = {}
for ch in s:
    counts[ch] = counts.get(ch, 0) + 1

print(len(d), total_len, len(joined), joined[:40])
print(d["key-0"], d["key-12345"], d[f"key-{N - 1}"])
print(len(s), counts["0"], counts["9"], sorted(counts.keys())[:3])
print("key-5" in d, "nope" in d, joined.upper()[:12], s.count("7"))
