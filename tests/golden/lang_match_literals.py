# Literal patterns: numbers (incl. negative), strings, None/True/False by identity.
def classify(v):
    match v:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 1_000_000:
            return "a million"
        case 0x10:
            return "sixteen"
        case "spam":
            return "spam string"
        case "con" "cat":
            return "concatenated"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "something else"

for v in [0, -1, 2.5, -0.5, 1000000, 16, "spam", "concat", None, True, False, 0.0, 1, 3, "eggs"]:
    print(repr(v), "->", classify(v))

# 1 == True, but True is matched by identity, not equality
match 1:
    case True:
        print("identity broken")
    case 1:
        print("1 is not True")
match 1.0:
    case 1:
        print("1.0 == 1 matches")
