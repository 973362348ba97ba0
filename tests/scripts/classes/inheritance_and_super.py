# A subclass overrides a method and can call the parent's with super().
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

class Dog(Animal):
    def speak(self):
        return super().speak() + ": woof"

print(Dog("rex").speak())
print(isinstance(Dog("a"), Animal), isinstance(Animal("b"), Dog))
