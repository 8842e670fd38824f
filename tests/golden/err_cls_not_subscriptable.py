class C:
    pass

print("indexing")
C()[0]
