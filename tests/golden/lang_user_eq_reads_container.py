d = {}
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        print("eq sees", len(d))
        return False
d[K()] = 1
d[K()] = 2
print(len(d))
s = set()
class K:
    def __hash__(self): return 1
    def __eq__(self, o):
        print("eq sees", len(s))
        return False
s.add(K()); s.add(K()); print(len(s))
d = {}
d.update({1: 'a'})
d[1.0] = 'b'
d[True] = 'c'
print(d)
