# A failed ordering of lists or tuples names the types of their first unequal items.
for a, b in [((1, 1), ("b", 2)), ([1, "x"], [1, 2]), ((1,), (None,))]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print(e)
print((1, 2) < (1, 2, 3), [1, 2] == [1, 2.0])
try:
    [(1, [2, 'a'])] > [(1, [2, 3])]
except TypeError as e:
    print(e)
try:
    (b'x',) <= ('x',)
except TypeError as e:
    print(e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
