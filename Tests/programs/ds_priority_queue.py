import sys

# A binary heap priority queue of (priority, sequence, name) tuples; Dijkstra on a small graph.

class PriorityQueue(object):
    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, priority, name):
        self.heap.append((priority, self.counter, name))
        self.counter += 1
        i = len(self.heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.heap[i] < self.heap[parent]:
                self.heap[i], self.heap[parent] = self.heap[parent], self.heap[i]
                i = parent
            else:
                break

    def pop(self):
        top = self.heap[0]
        last = self.heap.pop()
        if len(self.heap) > 0:
            self.heap[0] = last
            i = 0
            n = len(self.heap)
            while True:
                smallest = i
                l = 2 * i + 1
                r = 2 * i + 2
                if l < n and self.heap[l] < self.heap[smallest]:
                    smallest = l
                if r < n and self.heap[r] < self.heap[smallest]:
                    smallest = r
                if smallest == i:
                    break
                self.heap[i], self.heap[smallest] = self.heap[smallest], self.heap[i]
                i = smallest
        priority, seq, name = top
        return priority, name

    def __len__(self):
        return len(self.heap)

    def empty(self):
        return len(self.heap) == 0


GRAPH = {
    "a": [("b", 7), ("c", 9), ("f", 14)],
    "b": [("a", 7), ("c", 10), ("d", 15)],
    "c": [("a", 9), ("b", 10), ("d", 11), ("f", 2)],
    "d": [("b", 15), ("c", 11), ("e", 6)],
    "e": [("d", 6), ("f", 9)],
    "f": [("a", 14), ("c", 2), ("e", 9)],
}


def dijkstra(src):
    dist = {src: 0}
    pq = PriorityQueue()
    pq.push(0, src)
    done = set()
    while not pq.empty():
        d, node = pq.pop()
        if node in done:
            continue
        done.add(node)
        for nxt, w in GRAPH[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                pq.push(nd, nxt)
    return dist


def entry_point(argv):
    pq = PriorityQueue()
    for name, prio in [("write", 3), ("read", 1), ("sleep", 5), ("eat", 1), ("code", 2)]:
        pq.push(prio, name)
    out = []
    while not pq.empty():
        prio, name = pq.pop()
        out.append("%s(%d)" % (name, prio))
    print(" ".join(out))
    dist = dijkstra("a")
    for k in sorted(dist.keys()):
        print(k, dist[k])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
