# A bad escape in an f-string is reported at the end of the literal.
x = 1
y = f"ab{x}\N{NO SUCH NAME} {x!r}"
