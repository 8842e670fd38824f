def describe(user, count):
    return "%s has %d new messages" % (user, count)


print(describe("ada", 3))
print("%s has %d new messages from %s" % ("bob", 2))
