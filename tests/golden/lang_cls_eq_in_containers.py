class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
    def __repr__(self):
        return f"P({self.v})"

xs = [P(1), P(2), P(1)]
print(P(2) in xs, P(3) in xs, P(3) not in xs)
print(xs.index(P(2)), xs.count(P(1)))
xs.remove(P(1))
print(xs)
print([P(1)] == [P(1)], (P(1), P(2)) == (P(1), P(2)), {"k": P(1)} == {"k": P(1)})
