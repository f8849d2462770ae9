def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        raise TypeError("one")
    if n == 2:
        return 1 / 0
    return n
for i in range(4):
    try:
        print("result", risky(i))
    except ValueError as e:
        print("ValueError", e)
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
    else:
        print("no exception")
    finally:
        print("finally", i)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except MyError as e:
    print("caught", e, e.code, e.args)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("bad") from z
except ValueError as e:
    print(e, repr(e.__cause__))
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    return i
print(g())
try:
    [][5]
except IndexError as e:
    print("IndexError:", e)
try:
    {}["x"]
except LookupError as e:
    print("LookupError:", repr(e))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
e = ValueError("x")
print(repr(e), str(e), isinstance(e, Exception), issubclass(ValueError, Exception))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
def nested():
    try:
        raise ValueError("inner")
    except ValueError:
        raise
try:
    nested()
except ValueError as e:
    print("re-raised", e)
try:
    try:
        raise ValueError
    finally:
        print("inner finally")
except ValueError:
    print("outer caught")
x = 0
try:
    x = 1
except Exception:
    x = 2
else:
    x = 3
print(x)
class Res:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Res() as r:
    raise KeyError("suppressed")
print("after with")
import sys
try:
    raise IndexError("info")
except IndexError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", "maximum recursion depth exceeded" in str(e))
try:
    raise StopIteration(5)
except StopIteration as e:
    print("stop value", e.value)
