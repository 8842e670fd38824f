# %-formatting runs __str__ and __repr__ of user objects, also inside
# containers.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)


p = Point(1, "a")
print("%s | %r | %a" % (p, p, p))
print("%s" % p, "%r" % [p, p], "%s" % ({"k": p},))
print("%(pt)s and %(pt)r" % {"pt": p})
print("%-12s|%12r|" % (p, p))


class Plain:
    pass


print(("%s" % Plain()).startswith("<__main__.Plain object at"))
