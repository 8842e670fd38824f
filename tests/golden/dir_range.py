print(sorted(dir(range)))
