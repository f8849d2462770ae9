class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError("negative balance")
        self.owner = owner
        self.balance = balance
a = Account("ann", 10)
print(a.owner, a.balance)
b = Account("bob", -5)
