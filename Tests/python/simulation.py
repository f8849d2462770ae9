"""Discrete event simulation: seeded random, heapq, closures, generators, formatting."""
import random
import heapq
from collections import deque

random.seed(2024)


class Customer:
    counter = 0

    def __init__(self, arrival):
        Customer.counter += 1
        self.id = Customer.counter
        self.arrival = arrival
        self.service = random.randint(2, 9)

    def __lt__(self, other):
        return self.id < other.id

    def __repr__(self):
        return f"C{self.id}@{self.arrival}"


def arrivals(limit):
    t = 0
    while t < limit:
        t += random.choice([1, 2, 3, 5])
        yield t


def simulate(servers, limit):
    events = []
    for t in arrivals(limit):
        heapq.heappush(events, (t, 0, Customer(t)))
    queue = deque()
    free = servers
    waits = []
    log = []
    while events:
        t, kind, cust = heapq.heappop(events)
        if kind == 0:
            if free:
                free -= 1
                waits.append(0)
                heapq.heappush(events, (t + cust.service, 1, cust))
            else:
                queue.append(cust)
        else:
            log.append((t, cust.id))
            if queue:
                nxt = queue.popleft()
                waits.append(t - nxt.arrival)
                heapq.heappush(events, (t + nxt.service, 1, nxt))
            else:
                free += 1
    return waits, log


for servers in (1, 2, 3):
    Customer.counter = 0
    random.seed(servers)
    waits, log = simulate(servers, 60)
    avg = sum(waits) / len(waits)
    print(f"servers={servers} customers={len(waits)} avg_wait={avg:.2f} max_wait={max(waits)} "
          f"last={log[-1]}")
hist = {}
for _ in range(1000):
    r = random.random()
    bucket = int(r * 10)
    hist[bucket] = hist.get(bucket, 0) + 1
print(sorted(hist.items()))
print(random.sample(range(1000), 4), round(random.gauss(0, 1), 6) if hasattr(random, "gauss") else "no gauss")
