class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self._balance}>"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            print("no such account", src)
            return False
        except InsufficientFunds as e:
            print("transfer failed:", e, e.needed - e.available)
            return False
        self.accounts[dst].deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, "alice", 100)
b = bank.open(SavingsAccount, "bob", balance=50, rate=0.1)
print(a, b)
print(bank.transfer(1, 2, 30), bank.transfer(1, 2, 500), bank.transfer(9, 1, 1))
print(b.add_interest(), b, bank.total())
try:
    a.deposit(-5)
except ValueError as e:
    print("error:", e)
for acct in sorted(bank.accounts.values(), key=lambda x: x.balance):
    print(acct.owner, acct.balance, acct.history)
print(isinstance(b, Account), type(b).__mro__[1].__name__)
