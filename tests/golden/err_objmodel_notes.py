# Notes added to an exception are printed after its line in the traceback;
# the status line is the last of them.
try:
    raise KeyError("inner")
except KeyError as k:
    k.add_note("inner note")
    e = ValueError("boom")
    e.add_note("first note")
    e.add_note("second note\nspans lines")
    print(e.__notes__)
    raise e
