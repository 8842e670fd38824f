# Every member of int's table, called on ints, bools and through the type,
# with misuse.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("bit_length", lambda: [(0).bit_length(), (-7).bit_length(), (2**100).bit_length(), True.bit_length()])
t("bit_count", lambda: [(255).bit_count(), (-7).bit_count(), (2**70 - 1).bit_count()])
t("conjugate", lambda: [(5).conjugate(), True.conjugate(), type(True.conjugate())])
t("ratio", lambda: [(7).as_integer_ratio(), (-2**80).as_integer_ratio(), False.as_integer_ratio()])
t("to_bytes", lambda: [(255).to_bytes(2, "little"), (1).to_bytes(), (-1).to_bytes(2, "big", signed=True)])
t("from_bytes", lambda: [int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff", "little", signed=True)])
t("bool.from_bytes", lambda: [bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big")])
t("getters", lambda: [(5).real, (5).imag, (5).numerator, (5).denominator, (-3).real])
t("bool getters", lambda: [True.real, False.imag, True.numerator, True.denominator])
t("getnewargs", lambda: [(5).__getnewargs__(), True.__getnewargs__()])
t("trunc floor ceil", lambda: [(5).__trunc__(), (-5).__floor__(), (5).__ceil__(), True.__trunc__()])
t("round", lambda: [(1234).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1234).__round__(2)])
t("index int float abs", lambda: [(7).__index__(), (7).__int__(), (7).__float__(), (-7).__abs__(), True.__index__()])
t("format", lambda: [(255).__format__("x"), (5).__format__(""), True.__format__(""), True.__format__("d")])
t("unbound", lambda: [int.bit_length(255), int.conjugate(True), int.__repr__(True), int.__add__(1, 2)])
t("from type", lambda: [int.real.__class__.__name__, int.from_bytes(b"\x02", byteorder="big")])

# misuse
t("arity", lambda: (1).bit_length(1))
t("keyword", lambda: (1).conjugate(x=1))
t("round arity", lambda: (1).__round__(1, 2))
t("round None", lambda: (1).__round__(None))
t("round str", lambda: (1).__round__("2"))
t("format arity", lambda: (1).__format__())
t("format type", lambda: (1).__format__(1))
t("getnewargs arity", lambda: (1).__getnewargs__(1))
t("trunc arity", lambda: (1).__trunc__(1))
t("from_bytes missing", lambda: int.from_bytes())
t("to_bytes negative", lambda: (-1).to_bytes(1, "big"))
t("descriptor", lambda: int.bit_length(1.5))
t("descriptor empty", lambda: int.bit_length())
t("no attr", lambda: (1).is_integer())
t("no attr float", lambda: (1.5).numerator)
t("set attr", lambda: setattr(5, "real", 1))
