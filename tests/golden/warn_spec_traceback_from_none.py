# `raise ... from None` hides the exception being handled.
def find(users, name):
    try:
        return users[name]
    except KeyError:
        raise LookupError(f"no user {name!r}") from None


print(find({"ann": 1}, "ann"))
find({"ann": 1}, "bob")
