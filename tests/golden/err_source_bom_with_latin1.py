# coding: latin-1
# A byte order mark contradicts a declaration of another encoding.
print(1)
