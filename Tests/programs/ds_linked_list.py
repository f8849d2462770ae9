import sys

# A singly linked list class: push, append, reverse in place, remove, iteration by hand.

class Node(object):
    def __init__(self, value):
        self.value = value
        self.next = None


class LinkedList(object):
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, value):
        node = Node(value)
        node.next = self.head
        self.head = node
        if self.tail is None:
            self.tail = node
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = node
        else:
            self.tail.next = node
        self.tail = node
        self.size += 1

    def reverse(self):
        prev = None
        cur = self.head
        self.tail = cur
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def remove(self, value):
        prev = None
        cur = self.head
        while cur is not None:
            if cur.value == value:
                if prev is None:
                    self.head = cur.next
                else:
                    prev.next = cur.next
                if cur is self.tail:
                    self.tail = prev
                self.size -= 1
                return True
            prev = cur
            cur = cur.next
        return False

    def to_str(self):
        parts = []
        cur = self.head
        while cur is not None:
            parts.append(str(cur.value))
            cur = cur.next
        return "[" + " -> ".join(parts) + "]"


def entry_point(argv):
    ll = LinkedList()
    print(ll.to_str(), ll.size)
    for i in range(5):
        ll.append(i * i)
    ll.push(-1)
    print(ll.to_str(), ll.size)
    ll.reverse()
    print(ll.to_str())
    print(ll.remove(4), ll.remove(99), ll.remove(16), ll.remove(-1))
    print(ll.to_str(), ll.size)
    ll.append(100)
    print(ll.to_str(), ll.tail.value, ll.head.value)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
