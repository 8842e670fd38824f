from . import util
from .util import helper
from shapes import VERSION

print("running shapes/circle.py; util is shapes.util:", util.__name__)


def area(r):
    return helper(3) * r * r // 2
