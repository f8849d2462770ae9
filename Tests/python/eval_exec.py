x = 10
print(eval("x * 2 + 1"), eval("[i for i in range(3)]"), eval(" 1 + 1 "))
ns = {"a": 5}
exec("b = a * 3\ndef f(n):\n    return n + b\n", ns)
print(ns["b"], ns["f"](1), sorted(k for k in ns if not k.startswith("__")))
def in_func():
    y = 7
    return eval("y + x")
print(in_func())
code = compile("40 + 2", "<expr>", "eval")
print(eval(code))
exec("print('exec prints', x)")
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg if hasattr(e, "msg") else e)
g = {}
exec("import math\nr = math.sqrt(16)", g)
print(g["r"])
