class Account:
    def __init__(self):
        self.balance = {}
    def get(self, key):
        return self.balance[key]
def lookup(acct):
    value = acct.get("missing")
    return value
print("start")
lookup(Account())
