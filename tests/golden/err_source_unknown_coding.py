# coding: no-such-codec
# An encoding declaration of an unknown codec.
print(1)
