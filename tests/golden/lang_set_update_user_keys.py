# In-place set operations whose keys are instances of a user class: the
# comparisons run __eq__, which may look at the set being changed.
s = set()


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        assert len(s) >= 0  # the set stays readable while it changes
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return f"K({self.v})"


def show(label):
    print(label, sorted(k.v for k in s))


s.add(K(1))
s.update([K(2), K(1), K(4)])
show("update")
s |= {K(5), K(2)}
show("|=")
s -= {K(1)}
show("-=")
s ^= {K(2), K(7)}
show("^=")
s.difference_update([K(4), K(9)])
show("difference_update")
s.symmetric_difference_update([K(5), K(8), K(8)])
show("symmetric_difference_update")
s &= {K(7), K(8), K(10)}
show("&=")
s.intersection_update([K(8)])
show("intersection_update")
print(K(8) in s, K(7) in s, len(s))
