# \N{NAME} escapes in str literals (names, aliases, any letter case), and
# CPython's errors for unknown and malformed names; in bytes and raw
# literals \N is no escape.
print(ascii("\N{EN DASH}"), ascii("ab\N{en dash}c"), ascii("\N{LATIN CAPITAL LETTER GHA}"))
print(ascii("\N{BACKSPACE}"), ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}"), ascii("\N{HANGUL SYLLABLE GAG}"))
print(ascii("\N{BYTE ORDER MARK}\N{EM DASH}"), ascii(f"\N{EN DASH}{1}\N{EM DASH}"), ascii("""\N{SNOWMAN}"""))
print(b"\N{EN DASH}", rb"\N{x}", r"\N{x}", len("\N{GREEK SMALL LETTER ALPHA}"))
print("\N{LATIN SMALL LETTER A}" == "a", "\N{SPACE}" == " ", "\N{NULL}" == "\0")
x = 3
print(f"{x}\N{DEGREE SIGN}", f"\N{LEFT CURLY BRACKET}{x}\N{RIGHT CURLY BRACKET}")

for t in [r'"\N{DASH}"', r'"\N"', r'"\Nx"', r'"\N{"', r'"\N{}"', r'"\N{EN DASH"',
          r'"xé\N{NOPE}"', r'"\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}"',
          r'"\N{ LATIN SMALL LETTER A}"', r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"',
          r'"\N{hangul syllable gag}"', r'"\N{TAMIL SYLLABLE KSSA}"', r'"ok" "\N{NOPE}"',
          r'"\x1"', r'"é\x1"', r'"\u12"', r'"é\U1234"', r'"\U00110000"', r'b"\x1"',
          r'b"é"', r'f"\N{NOPE}"']:
    try:
        print(t, ascii(compile('x = ' + t, 'f.py', 'exec')))
    except SyntaxError as e:
        print(t, type(e).__name__, e.msg, e.lineno)
