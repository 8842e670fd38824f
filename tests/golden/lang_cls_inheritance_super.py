class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return "Animal: " + self.speak()

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def speak(self):
        return super().speak() + " softly"

class Cat(Animal):
    pass

for a in [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug"), Cat("Tom")]:
    print(a.describe())
print(Puppy("x", "y").breed)
print(issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(isinstance(Puppy("a", "b"), Dog), isinstance(Cat("c"), Dog))
print(Animal.speak(Dog("Old", "?")))
