class Config:
    debug = False

print(Config.debug)
print(Config.verbose)
