# ... nor a line continuation inside the braces.
x = 1
y = f"{x + \
1}"
