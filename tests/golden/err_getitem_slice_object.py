# Slicing an object without __getitem__.
class NoItems:
    pass


try:
    NoItems()[1:2]
except TypeError as e:
    print(e)
NoItems()[::2]
