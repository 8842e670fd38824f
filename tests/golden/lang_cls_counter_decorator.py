registry = []

def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls

def add_greeting(greeting):
    def deco(cls):
        def greet(self):
            return f"{greeting}, I am {type(self).__name__}"
        cls.greet = greet
        return cls
    return deco

@register
class One:
    instances = 0

    def __init__(self):
        One.instances += 1
        self.serial = One.instances

@register
@add_greeting("Hello")
class Two:
    pass

xs = [One() for _ in range(3)]
print([x.serial for x in xs], One.instances)
print(registry, One.registered, Two.registered)
print(Two().greet())
