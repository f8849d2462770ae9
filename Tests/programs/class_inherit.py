import sys

# Single inheritance: overriding, calling base methods explicitly, super-like chains.

class Animal(object):
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def sound(self):
        return "..."

    def speak(self):
        return "%s says %s" % (self.name, self.sound())

    def info(self):
        return "%s has %d legs" % (self.name, self.legs)


class Dog(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, 4)
        self.tricks = []

    def sound(self):
        return "woof"

    def add_trick(self, trick):
        self.tricks.append(trick)

    def info(self):
        base = Animal.info(self)
        return base + " and knows " + str(len(self.tricks)) + " tricks"


class Puppy(Dog):
    def sound(self):
        return Dog.sound(self) + "!"


class Bird(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, 2)

    def sound(self):
        return "tweet"


def entry_point(argv):
    d = Dog("rex")
    d.add_trick("sit")
    d.add_trick("roll")
    p = Puppy("bit")
    p.add_trick("nap")
    animals = [d, p, Bird("tweety"), Animal("thing", 0)]
    for a in animals:
        print(a.speak())
        print(a.info())
    print(isinstance(p, Dog), isinstance(p, Animal), isinstance(d, Puppy), isinstance(animals[2], Dog))
    print(p.__class__ is Puppy, p.__class__ is Dog)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
