class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return self.parse_number(self.text.strip())
    def parse_number(self, s):
        if not s.isdigit():
            raise ValueError(f"not a number: {s!r}")
        return int(s)
p = Parser(" 42 ")
print(p.parse())
Parser("x1").parse()
