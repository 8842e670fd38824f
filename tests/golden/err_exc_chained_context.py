try:
    {}["missing"]
except KeyError:
    print("handling")
    raise TypeError("secondary failure")
