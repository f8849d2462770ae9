def cleanup():
    raise OSError("disk full")
def work():
    try:
        return [1, 2][3]
    except IndexError:
        cleanup()
work()
