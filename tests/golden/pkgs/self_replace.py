import sys


class Replacement:
    def __repr__(self):
        return "<the replacement>"

    value = 99


sys.modules[__name__] = Replacement()
