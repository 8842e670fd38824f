# A truncated escape in a triple-quoted f-string.
x = 1
y = f"""ab{x}
\xz"""
