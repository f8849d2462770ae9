# RPython version of ../shared/bench/programs/richards.py for `make bench-rpython`:
# the same program with main(argv) and a translator target.
# richards: OO task scheduler simulation - method calls, attribute access, linked packet queues
import sys

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 0, 1, 2, 3, 4, 5
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4

class Packet(object):
    def __init__(self, link, ident, kind):
        self.link, self.ident, self.kind = link, ident, kind
        self.datum, self.data = 0, [0] * BUFSIZE
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

class Scheduler(object):
    def __init__(self):
        self.tasks, self.task_list = [None] * 6, None
        self.hold_count = self.qpkt_count = 0
    def run(self):
        t = self.task_list
        while t is not None:
            if t.holding or (t.waiting and not t.pending):
                t = t.link
            else:
                t = t.run_task()

class Task(object):
    def __init__(self, sched, ident, prio, inp, pending, waiting):
        self.sched, self.link, self.ident, self.prio = sched, sched.task_list, ident, prio
        self.input, self.pending, self.waiting, self.holding = inp, pending, waiting, False
        sched.task_list = self
        sched.tasks[ident] = self
    def add_packet(self, pkt, old):
        if self.input is None:
            self.input = pkt
            self.pending = True
            if self.prio > old.prio:
                return self
        else:
            self.input = pkt.append_to(self.input)
        return old
    def run_task(self):
        if self.pending and self.waiting and not self.holding:
            msg = self.input
            self.input = msg.link
            self.waiting = False
            self.pending = self.input is not None
        else:
            msg = None
        return self.fn(msg)
    def wait(self):
        self.waiting = True
        return self
    def hold(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link
    def release(self, ident):
        t = self.sched.tasks[ident]
        t.holding = False
        return t if t.prio > self.prio else self
    def qpkt(self, pkt):
        t = self.sched.tasks[pkt.ident]
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)

class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, I_IDLE, 1, None, False, False)
        self.control, self.count = 1, count
    def fn(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(I_DEVA)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(I_DEVB)

class WorkTask(Task):
    def __init__(self, sched, inp):
        Task.__init__(self, sched, I_WORK, 1000, inp, True, True)
        self.dest, self.count = I_HANDLERA, 0
    def fn(self, pkt):
        if pkt is None:
            return self.wait()
        self.dest = I_HANDLERB if self.dest == I_HANDLERA else I_HANDLERA
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = 64 + self.count
        return self.qpkt(pkt)

class HandlerTask(Task):
    def __init__(self, sched, ident, prio, inp):
        Task.__init__(self, sched, ident, prio, inp, True, True)
        self.work_in = self.dev_in = None
    def fn(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.dev_in = pkt.append_to(self.dev_in)
        w = self.work_in
        if w is not None:
            count = w.datum
            if count < BUFSIZE:
                d = self.dev_in
                if d is not None:
                    self.dev_in = d.link
                    d.datum = w.data[count]
                    w.datum = count + 1
                    return self.qpkt(d)
            else:
                self.work_in = w.link
                return self.qpkt(w)
        return self.wait()

class DeviceTask(Task):
    def __init__(self, sched, ident, prio):
        Task.__init__(self, sched, ident, prio, None, False, True)
        self.pend, self.total = None, 0
    def fn(self, pkt):
        if pkt is None:
            p = self.pend
            if p is None:
                return self.wait()
            self.pend = None
            return self.qpkt(p)
        self.pend = pkt
        self.total += pkt.datum
        return self.hold()

def richards(count):
    s = Scheduler()
    IdleTask(s, count)
    wq = Packet(Packet(None, 0, K_WORK), 0, K_WORK)
    WorkTask(s, wq)
    for ident, dev, prio in ((I_HANDLERA, I_DEVA, 2000), (I_HANDLERB, I_DEVB, 3000)):
        q = Packet(Packet(Packet(None, dev, K_DEV), dev, K_DEV), dev, K_DEV)
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, I_DEVA, 4000)
    DeviceTask(s, I_DEVB, 5000)
    s.run()
    return s.qpkt_count, s.hold_count, s.tasks[I_DEVA].total + s.tasks[I_DEVB].total

def main(argv):
    n = int(argv[1]) if len(argv) > 1 else 48
    res = (0, 0, 0)   # RPython: a tuple cannot be None
    for i in range(n):
        res = richards(10000)
        if res[0] != 23246 or res[1] != 9297:
            print("richards: wrong result", res)
            return
    print("richards x%d: qpkt=%d hold=%d devtotal=%d" % (n, res[0], res[1], res[2]))


def entry_point(argv):
    main(argv)
    return 0


def target(*args):
    return entry_point


if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
