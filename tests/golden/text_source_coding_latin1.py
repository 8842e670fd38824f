# -*- coding: latin-1 -*-
# An encoding declaration: this file is Latin-1.
print(ascii("éÿ"), len("été"))
