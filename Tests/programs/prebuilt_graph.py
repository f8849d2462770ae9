import sys

# A prebuilt object graph (with a cycle) built at init time: nodes referencing each other,
# shared lists, None-able links; traversed and mutated at run time.

class State(object):
    def __init__(self, name, accepting):
        self.name = name
        self.accepting = accepting
        self.transitions = {}
        self.visits = 0
        self.fallback = None


def build_machine():
    states = {}
    for name, acc in [("start", False), ("int", True), ("dot", False), ("frac", True), ("sign", False)]:
        states[name] = State(name, acc)
    digits = "0123456789"
    for d in digits:
        states["start"].transitions[d] = states["int"]
        states["sign"].transitions[d] = states["int"]
        states["int"].transitions[d] = states["int"]
        states["dot"].transitions[d] = states["frac"]
        states["frac"].transitions[d] = states["frac"]
    states["start"].transitions["-"] = states["sign"]
    states["start"].transitions["+"] = states["sign"]
    states["int"].transitions["."] = states["dot"]
    states["frac"].fallback = states["start"]
    return states


MACHINE = build_machine()
START = MACHINE["start"]


def accepts(text):
    state = START
    for c in text:
        state.visits += 1
        nxt = state.transitions.get(c, None)
        if nxt is None:
            return False
        state = nxt
    return state.accepting


def entry_point(argv):
    for s in ["123", "-4.5", "+.5", "7.", "3.14159", "", "--1", "12a", "0.0"]:
        print("[%s] %s" % (s, accepts(s)))
    for name in ["start", "int", "dot", "frac", "sign"]:
        st = MACHINE[name]
        fb = st.fallback
        print(name, st.visits, len(st.transitions), fb.name if fb is not None else "-")
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
