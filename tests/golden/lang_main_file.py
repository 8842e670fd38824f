# A script's __file__ is its absolute path.
import os

print(os.path.basename(__file__), os.path.isabs(__file__), __name__)
print(os.path.exists(__file__), "__file__" in globals(), "__file__" in dir())
