"""Cubes."""
from .. import util
from ..circle import area
from . import __name__ as solid_name

try:
    from ... import nothing
except ImportError as e:
    print("cube:", type(e).__name__, e)


def volume(side):
    return util.helper(side) * side * side // 2
