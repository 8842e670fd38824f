class Config:
    level = 1
    tags = []

    def bump(self):
        self.level += 1
        return self.level

a = Config()
b = Config()
print(a.level, b.level, Config.level)
a.bump()
print(a.level, b.level, Config.level)
Config.level = 10
print(a.level, b.level, Config.level)
a.tags.append("shared")
print(b.tags, Config.tags)
b.tags = ["own"]
print(a.tags, b.tags, Config.tags)
del a.level
print(a.level)
print("level" in a.__dict__, "level" in b.__dict__)
