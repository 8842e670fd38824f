# An unknown name in a \N escape is a syntax error of the whole file.
print("before")
dash = "\N{EN DASH}"
bad = "ab\N{NO SUCH NAME}"
