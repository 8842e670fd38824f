print({i % 3 for i in range(10)} == {0, 1, 2})
print(sorted({len(w) for w in ["aa", "b", "cc"]}))
print(sorted({1, 3, 2, 3}), len({1, 1}), 2 in {1, 2})
