import sys

# String comparison, `in`, concatenation and building.

def classify(word):
    if word < "m":
        return "early"
    elif word == "m":
        return "middle"
    return "late"


def entry_point(argv):
    words = ["apple", "Banana", "cherry", "m", "zebra", "", "apple pie", "app"]
    for w in words:
        print("[" + w + "]", classify(w), w < "apple", w <= "apple", w > "app", w >= "b", w != "m")
    print("ell" in "hello", "xyz" in "hello", "" in "abc", "h" not in "hello")
    print("abc" == "ab" + "c", "abc" is not None, "a" * 3 == "aaa")
    s = ""
    for i in range(5):
        s += str(i)
        s += ","
    print(s)
    print(min("pear", "peach"), max("pear", "peach"))
    print(str(12) + str(-3) + str(2.5) + str(True))
    print(len("") == 0, "abc"[1] == "b", "abc"[0] < "abc"[2])
    return 0


def target(*args):
    return entry_point


if __name__ == '__main__':
    sys.exit(entry_point(sys.argv))
