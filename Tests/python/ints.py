a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(3, 4, 5))
print(a & b, a | b, a ^ b, ~a, a << 4, a >> 1, -a >> 1)
print(abs(-5), abs(5), int("42"), int("-17"), int("ff", 16), int("0x1f", 0), int(3.99), int(-3.99))
print(hex(255), oct(8), bin(5), hex(-255))
print(10 == 10, 10 != 10, 3 < 4 < 5, 3 < 4 > 5, 1 <= 1, 2 >= 3)
print(True + True, True * 10, int(True), bool(0), bool(7))
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5, 0]), max([4, 5, 0]), sum([1, 2, 3]), sum([1, 2], 10))
print(1_000_000, 0b1010, 0o17, 0xff)
print(9223372036854775807, -9223372036854775807 - 1)
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
x %= 10
print(x)
print((5).bit_length(), (255).bit_length())
print(isinstance(3, int), isinstance(True, int), isinstance(3, bool))
