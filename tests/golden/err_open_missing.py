# An uncaught FileNotFoundError from open().
with open('no_such_file_for_pyasync.txt') as f:
    print(f.read())
