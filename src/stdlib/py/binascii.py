# binascii: the exception classes; the conversions are natives
# (src/stdlib/binascii.rs).


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass
