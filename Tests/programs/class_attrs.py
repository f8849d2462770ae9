import sys

# Class attributes read through instances and classes, overridden in subclasses;
# instance attributes shadowing class attributes.

class Vehicle(object):
    wheels = 4
    kind = "vehicle"
    speed_limit = 100.0

    def __init__(self, plate):
        self.plate = plate

    def describe(self):
        return "%s %s with %d wheels (limit %s)" % (self.kind, self.plate, self.wheels, self.speed_limit)


class Bike(Vehicle):
    wheels = 2
    kind = "bike"


class Truck(Vehicle):
    kind = "truck"
    speed_limit = 80.0

    def describe(self):
        return Vehicle.describe(self) + " [heavy]"


class Counter(object):
    created = 0
    step = 1

    def __init__(self):
        self.value = 0

    def tick(self):
        self.value += self.step


class FastCounter(Counter):
    step = 5


def entry_point(argv):
    vs = [Vehicle("A1"), Bike("B2"), Truck("C3")]
    for v in vs:
        print(v.describe())
    print(Vehicle.wheels, Bike.wheels, Truck.wheels, Bike.kind)
    counters = [Counter(), FastCounter()]
    for c in counters:
        for i in range(3):
            c.tick()
        print(c.value, c.step)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
