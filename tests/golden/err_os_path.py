import os

for f, args in [(os.path.join, (1,)), (os.path.join, ("a", 2)), (os.path.basename, (None,)),
                (os.getenv, (5,)), (os.fspath, (3.5,))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, e)
try:
    os.listdir("tests/golden/no_such_dir_xyz")
except OSError as e:
    print(type(e).__name__, e)
os.path.getsize("tests/golden/no_such_file_xyz")
