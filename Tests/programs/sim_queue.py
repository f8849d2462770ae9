import sys
from rlib.rarithmetic import intmask

# A discrete event simulation: customers and tellers, a pseudo-random generator (wrapping
# multiplication with intmask) as a prebuilt instance mutated at run time, float statistics.

class Rng(object):
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = intmask(self.state * 25214903917 + 11) & 0xFFFFFFFFFFFF
        return self.state >> 16

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


RNG = Rng(2024)


class Customer(object):
    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service
        self.start = -1


class Teller(object):
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = 0


def simulate(n_customers, n_tellers):
    customers = []
    t = 0
    for i in range(n_customers):
        t += RNG.randint(0, 4)
        customers.append(Customer(i, t, RNG.randint(2, 9)))
    tellers = [Teller("T%d" % i) for i in range(n_tellers)]
    waits = []
    for c in customers:
        best = tellers[0]
        for tl in tellers:
            if tl.busy_until < best.busy_until:
                best = tl
        c.start = max(c.arrival, best.busy_until)
        best.busy_until = c.start + c.service
        best.served += 1
        waits.append(c.start - c.arrival)
    avg = float(sum(waits)) / len(waits)
    return tellers, avg, max(waits)


def entry_point(argv):
    for n_tellers in [1, 2, 3]:
        tellers, avg, worst = simulate(50, n_tellers)
        print("tellers=%d avg_wait=%.3f max_wait=%d" % (n_tellers, avg, worst))
        print("  " + " ".join(["%s:%d" % (t.name, t.served) for t in tellers]))
    print(RNG.state)
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
