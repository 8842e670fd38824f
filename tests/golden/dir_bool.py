# bool inherits int's table and redefines only &, |, ^ and its repr.
print(sorted(dir(bool)))
print(sorted(dir(bool)) == sorted(dir(int)))
print(bool.__and__ is int.__and__, bool.bit_length is int.bit_length)
print(bool.__repr__, bool.__and__, bool.__add__)
print(True.__repr__(), int.__repr__(True), True.__and__(False), True.__and__(1))
print(True.real, True.imag, True.numerator, True.denominator, True.conjugate())
