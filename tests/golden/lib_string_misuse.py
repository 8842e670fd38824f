import string

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

show(string.capwords, "  hello   WORLD  ")
show(string.capwords, "a,b,,c", ",")
show(string.capwords, "")
show(string.capwords, "ÉCOLE élève")
show(string.capwords, 5)
show(string.capwords)
show(string.capwords, "x y", 3)
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(string.hexdigits, string.octdigits)
print(len(string.printable), sorted(set(string.whitespace)))
