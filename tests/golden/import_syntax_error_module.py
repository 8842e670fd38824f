# A syntax error in an imported module reaches the top as a SyntaxError
# that names the module's file, not as an ImportError.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "pkgs"))
print("before")
import broken_syntax

print("not reached")
