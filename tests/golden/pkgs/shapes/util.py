print("running shapes/util.py as", __name__, "in package", __package__)


def helper(x):
    return x * 2
