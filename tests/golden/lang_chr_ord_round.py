print(chr(65), chr(97), chr(8364), ord("A"), ord("z"), ord("€"))
print(repr(chr(10)), repr(chr(0)))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
print(round(3.14159, 2), round(2.675, 2), round(1.005, 2))
print(round(7), round(7.6), round(-7.6))
print(round(1234, -2), round(1250, -2), round(1350, -2))
print(type(round(2.5)), type(round(2.5, 1)))
print(round(0.125, 2), round(0.375, 2))
word = ""
for c in range(ord("a"), ord("f")):
    word += chr(c)
print(word)
