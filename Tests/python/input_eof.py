try:
    line = input("prompt> ")
    print("got", line)
except EOFError:
    print("no input")
