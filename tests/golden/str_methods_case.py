# Case conversions and predicates, called on values, through the type,
# and with the wrong arguments.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = ["", "hello World", "ÉCOLE ß", "Ab Cd", "ǅa", "A1b", "1A", "Ab'Cd", "  \t", "٣²½", "x_1", "Σα"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
    print(
        " ",
        s.isalnum(), s.isalpha(), s.isascii(), s.isdecimal(), s.isdigit(),
        s.isidentifier(), s.islower(), s.isnumeric(), s.isprintable(),
        s.isspace(), s.istitle(), s.isupper(),
    )

for s in ["\n", " ", "\xa0", "\u200b", "é", "\x7f", "\u0378", "\U0001F600", "\u2028", "\ue000"]:
    print(ascii(s), s.isprintable(), s.isascii())

# Through the type: the descriptor checks its receiver.
show(lambda: str.upper("abc"))
show(lambda: str.upper())
show(lambda: str.upper(1))
show(lambda: str.upper(b"x"))
show(lambda: str.isdigit("12"))
show(lambda: str.istitle(None))
show(lambda: str.upper(x=1))

# Misuse: these take no arguments.
show(lambda: "a".upper(1))
show(lambda: "a".isascii(1))
show(lambda: "a".istitle(2, 3))
show(lambda: "a".isprintable(x=1))
show(lambda: "a".casefold(None))
show(lambda: "a".nope())

# Titlecase letters are cased but neither upper nor lower case.
for s in ["ǅ", "Aǅ", "ǅA", "aǅ", "ᾈ", "ǲz"]:
    print(s, s.isupper(), s.islower(), s.istitle(), s.title(), s.capitalize(), s.swapcase())
for s in ["ᾀa", "ᾲx", "ᾷ", "ῳ", "ﬓa", "ﬁx", "ßa", "და", "ǆa"]:
    print(s, ascii(s.title()), ascii(s.capitalize()), s.istitle(), s.title().istitle())
