import sys

# Prebuilt instances built at init time and mutated at run time; a prebuilt registry.

class Account(object):
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)


class Bank(object):
    def __init__(self):
        self.accounts = {}
        self.ops = 0

    def add(self, account):
        self.accounts[account.owner] = account


BANK = Bank()
for _name, _amount in [("alice", 100), ("bob", 50), ("carol", 0)]:
    BANK.add(Account(_name, _amount))
DEFAULT = Account("nobody", -1)
LOG = []
CONFIG = {"fee": 2}


def transfer(src, dst, amount):
    a = BANK.accounts[src]
    b = BANK.accounts.get(dst, DEFAULT)
    a.deposit(-amount - CONFIG["fee"])
    b.deposit(amount)
    BANK.ops += 1
    LOG.append("%s->%s:%d" % (src, dst, amount))


def entry_point(argv):
    transfer("alice", "bob", 30)
    transfer("bob", "carol", 10)
    transfer("carol", "zed", 5)
    CONFIG["fee"] = 0
    transfer("alice", "carol", 1)
    for name in BANK.accounts:
        acc = BANK.accounts[name]
        print(name, acc.balance, " ".join([str(h) for h in acc.history]))
    print(DEFAULT.balance, BANK.ops)
    print(";".join(LOG))
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
