# A non-printable character outside a string.
x = 1 + 2
