class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __gt__(self, other):
        return self.key() > other.key()

    def __repr__(self):
        return f"v{self.major}.{self.minor}"

vs = [Version(1, 2), Version(0, 9), Version(1, 0), Version(2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(sorted(vs, reverse=True))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(1, 1))
print(Version(1, 0) < Version(1, 1), Version(2, 0) <= Version(1, 9))
print(Version(3, 0) > Version(2, 9), Version(1, 1) >= Version(1, 1))
print(Version(1, 2) in vs)
vs.sort()
print(vs)
