import sys

# None-able attributes and variables: is None / is not None checks, optional returns.

class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next


class Person(object):
    def __init__(self, name):
        self.name = name
        self.spouse = None
        self.nickname = None


def find(people, name):
    for p in people:
        if p.name == name:
            return p
    return None


def describe(p):
    s = p.name
    if p.nickname is not None:
        s += " aka " + p.nickname
    if p.spouse is None:
        s += ", single"
    else:
        s += ", married to " + p.spouse.name
    return s


def entry_point(argv):
    ann = Person("ann")
    bob = Person("bob")
    cy = Person("cy")
    ann.spouse = bob
    bob.spouse = ann
    cy.nickname = "C"
    people = [ann, bob, cy]
    for p in people:
        print(describe(p))
    for name in ["bob", "zed"]:
        p = find(people, name)
        if p is None:
            print(name, "not found")
        else:
            print(name, "found", p.name)
    head = None
    for i in range(5):
        head = Node(i, head)
    n = head
    vals = []
    while n is not None:
        vals.append(str(n.value))
        n = n.next
    print(" ".join(vals))
    d = {"a": "x"}
    got = d.get("b")
    print(got is None, d.get("a") is not None)
    s = None
    if len(argv) > 0:
        s = "set"
    print(s is not None, s)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
