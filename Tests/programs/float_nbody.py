import sys
import math

# A small n-body simulation in floats (deterministic, fixed steps).

class Body(object):
    def __init__(self, x, y, vx, vy, mass):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass


def energy(bodies):
    e = 0.0
    for i in range(len(bodies)):
        b = bodies[i]
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy)
        for j in range(i + 1, len(bodies)):
            o = bodies[j]
            dx = b.x - o.x
            dy = b.y - o.y
            e -= b.mass * o.mass / math.sqrt(dx * dx + dy * dy)
    return e


def advance(bodies, dt):
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        for j in range(i + 1, n):
            o = bodies[j]
            dx = b.x - o.x
            dy = b.y - o.y
            d2 = dx * dx + dy * dy
            mag = dt / (d2 * math.sqrt(d2))
            b.vx -= dx * o.mass * mag
            b.vy -= dy * o.mass * mag
            o.vx += dx * b.mass * mag
            o.vy += dy * b.mass * mag
    for b in bodies:
        b.x += dt * b.vx
        b.y += dt * b.vy


def entry_point(argv):
    bodies = [Body(0.0, 0.0, 0.0, 0.0, 10.0), Body(1.0, 0.0, 0.0, 3.0, 0.1),
              Body(-2.0, 0.5, 0.2, -2.0, 0.05)]
    print("%.9f" % energy(bodies))
    for step in range(1000):
        advance(bodies, 0.001)
    print("%.9f" % energy(bodies))
    for b in bodies:
        print("%.6f %.6f" % (b.x, b.y))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
