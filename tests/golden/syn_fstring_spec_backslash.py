# ... nor in a nested format spec field.
x = 1
y = f"""{x:{
\"\\t\"}}"""
