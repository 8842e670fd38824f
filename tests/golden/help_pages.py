# help() on functions, methods and classes written in Python: the pages
# pydoc prints, from the objects' own signatures and docstrings.


def plain(a, b=1, *args, c, d='x', **kw):
    """Add things.

    The rest of the story,
        indented here.
    """
    return a


async def fetch(url, /, retries=3):
    "Fetch a page."


def bare():
    pass


class Shape:
    """A shape."""
    sides = 0

    def area(self, scale=1.0):
        """The area, scaled."""
        return 0

    def name(self):
        return 'shape'


help(plain)
help(fetch)
help(bare)
help(Shape)
help(Shape().area)
help('no_such_name_anywhere')
help(lambda x: x)
try:
    help(1, 2)
except TypeError as e:
    print('TypeError', e)
