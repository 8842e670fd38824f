import string
from string import ascii_letters, digits

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print("7" in digits, "a" in digits)
print(string.capwords("hello   wide world"))
print(string.capwords("a-b-c", "-"))
print(sum(1 for c in "Hello, World!" if c in string.punctuation))
