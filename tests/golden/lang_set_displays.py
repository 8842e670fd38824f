# Set displays and set comprehensions.
print({1, 2, 3}, {3, 1, 2}, {10, 100, 1000, 5}, {-1, -2, 5})
print({1, 2} | {8, 9}, {1}, {1, 1, 1}, {1, 1.0, True})
print({(1, 2), (3, 4), (0, 0), (5,)})
x = 3
print({x, 9, 17, 25}, {x, (1, 2), (3, 4), (0, 0), (5,)})
print({n % 5 for n in range(20)}, {n * n for n in range(-4, 5)})
print({c for c in "aaa"}, {(i, j) for i in range(2) for j in range(2)})
print({*[1, 2], *(3, 4)}, {*range(3), 10})
print([v for v in {3, 1, 2}], [v for v in {(1, 2), (3, 4), (0, 0), (5,)}])
for v in {30, 10, 20}:
    print(v, end=" ")
print()
print(type({1}).__name__, {1, 2} == {2, 1}, {1} < {1, 2}, {} == set())
s = {1, 2}
s.add(3)
print(s, len({1, 2, 2, 3}), 2 in {1, 2, 3})
