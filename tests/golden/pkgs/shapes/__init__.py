"""Shapes: a package for the import goldens."""
print("running shapes/__init__.py as", __name__)
VERSION = (1, 2)
