#!/usr/bin/env python3
"""gen_cases.py -- writes tests/cases_gen.inc: expected outputs computed by
CPython for the runtime's exact-behaviour tests (float repr, format specs,
%-formatting, int()/float() parsing, str repr, hashes, round).  Checked in;
regenerate with `python3 tools/gen_cases.py > tests/cases_gen.inc`."""
import math
import os
import random
import struct
import sys

rnd = random.Random(1234)

def cstr(s):
    """C string literal for the UTF-8 encoding of s."""
    out = []
    for b in s.encode('utf-8', 'surrogatepass'):
        if b == 0x22 or b == 0x5C:
            out.append('\\' + chr(b))
        elif 0x20 <= b < 0x7F and b != 0x3F:
            out.append(chr(b))
        else:
            out.append('\\%03o' % b)
    return '"' + ''.join(out) + '"'

def bits(x):
    return '0x%016xULL' % struct.unpack('<Q', struct.pack('<d', x))[0]

def floats():
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 1234567890123456.0,
          12345678901234567.0, 1e-4, 1e-5, 1.5e-5, 0.0001234, 100.0, 1e22, 1e23, 5e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, math.pi, math.e, 123.456, 9.995,
          0.5, 2.5, 1e100, 1.5, 2.0**53, 2.0**53 + 2, 2.0**63, 9007199254740993.0, 0.1 + 0.2,
          4.35, 1e-7, 123456789.0, 1e300 * 1e10, -1e300 * 1e10, 3.0e-310, 2.0**-1074 * 3]
    for e in range(-1074, 1024):
        xs.append(2.0 ** e)
    for _ in range(400):
        xs.append(struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(63)))[0])
    for _ in range(200):
        xs.append(round(rnd.uniform(-1000, 1000), rnd.randint(0, 6)))
    for _ in range(100):
        xs.append(rnd.randint(-10**6, 10**6) / 10 ** rnd.randint(0, 8))
    return [x for x in xs if not math.isnan(x)]

def emit_float_repr():
    print("static const struct { uint64_t bits; const char *repr; } float_repr_cases[] = {")
    for x in floats():
        print("    {%s, %s}," % (bits(x), cstr(repr(x))))
    print("};")

INT_SPECS = ['', 'd', '5d', '-5d', '<5', '>5', '^7', '*^9', '+d', ' d', '05d', '010', 'x', 'X',
             '#x', '#X', 'o', '#o', 'b', '#b', ',', '_', ',d', '_x', '_b', '#010x', '08,d',
             '=+8', 'c', 'e', '.3e', 'f', '.2f', 'g', '%', '.1%', 'n', '015,', '-^10,', '#_o',
             '0=8', '+#x', ' 5', '020_d', '.3g', 'E', 'G', 'F', '<+08d']
INT_VALUES = [0, 1, -1, 42, -42, 255, 1000, -123456789, 9223372036854775807,
              -9223372036854775808, 65, 1234567, 10**15]

FLOAT_SPECS = ['', '.3', '.0', '.10', 'f', '.2f', '.0f', '10.3f', '<10.2f', '^12.3e', 'e', '.3e',
               'E', 'g', '.3g', 'G', '.10g', '%', '.1%', '+f', ' .2f', '08.2f', ',.2f', '_.3f',
               '#.0f', '#g', '#.3g', '015,.3f', '*>12', 'n', '.2', '10', '-10', '+', 'F', '.0e',
               '#.0e', '.17g', '.20f', '0<10.2f', '#', '.1', 'r'[:0], '=+12.4f', ',', '_']
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.5, 0.1, 3.14159265358979, 1e16, 1e-5, 123456789.125, 2.5,
                0.125, 1e300, -2.5e-10, 1234.5678, 9.999999, 99.5, 0.5, 1.0 / 3, 1e22,
                float('inf'), float('-inf'), float('nan'), 100.0, 12345678.0, 1e15]

STR_SPECS = ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '10.3', '-<6', '>1', '0<4', '=<3']
STR_VALUES = ['', 'a', 'abc', 'hello world', 'h\u00e9llo', '\u4e2d\u6587', 'x' * 12]

# %-formatting: (spec, value)
PCT_INT = ['d', '5d', '-5d', '05d', '+d', ' d', 'x', 'X', '#x', '#o', 'o', '.3d', '8.3d', 'i',
           'u', 's', 'r', '-8s', 'c', 'e', 'f', '.2f', 'g', '+5x', '-#8x', '#X']
PCT_FLOAT = ['f', '.2f', '10.3f', '-10.2f', '010.2f', '+f', 'e', '.3e', 'E', 'g', '.3g', 'G',
             's', 'r', 'd', '5d', 'x'[:0] or 'i', '#.0f', '#g', '% f'[1:], '.0f', '8s']
PCT_STR = ['s', 'r', '-8s', '8s', '.2s', '-8.2s', '10r']

def fmt_entry(kind, v, spec, result):
    if kind == 'i':
        val = '%dLL' % v if v != -2**63 else '(-9223372036854775807LL - 1)'
        return '{%s, 0, NULL, %s, %s}' % (val, cstr(spec), cstr(result))
    if kind == 'f':
        return '{0, %s, NULL, %s, %s}' % (bits(v), cstr(spec), cstr(result))
    return '{0, 0, %s, %s, %s}' % (cstr(v), cstr(spec), cstr(result))

def emit_format():
    for kind, specs, values, name in (('i', INT_SPECS, INT_VALUES, 'format_int_cases'),
                                      ('f', FLOAT_SPECS, FLOAT_VALUES, 'format_float_cases'),
                                      ('s', STR_SPECS, STR_VALUES, 'format_str_cases')):
        print("static const struct fmt_case %s[] = {" % name)
        for spec in specs:
            for v in values:
                try:
                    r = format(v, spec)
                except (ValueError, OverflowError) as e:
                    r = 'ERR:' + str(e)
                print("    %s," % fmt_entry(kind, v, spec, r))
        print("};")
    for kind, specs, values, name in (('i', PCT_INT, INT_VALUES, 'pct_int_cases'),
                                      ('f', PCT_FLOAT, FLOAT_VALUES, 'pct_float_cases'),
                                      ('s', PCT_STR, STR_VALUES, 'pct_str_cases')):
        print("static const struct fmt_case %s[] = {" % name)
        for spec in specs:
            for v in values:
                if kind == 'i' and spec == 'c' and not 0 <= v < 0x110000:
                    continue
                if kind == 'f' and spec in ('d', '5d', 'i') and (math.isinf(v) or math.isnan(v)):
                    continue
                try:
                    r = ('%' + spec) % (v,)
                except (ValueError, OverflowError, TypeError) as e:
                    r = 'ERR:' + str(e)
                print("    %s," % fmt_entry(kind, v, spec, r))
        print("};")

INT_STRS = [('0', 10), ('-0', 10), ('  42  ', 10), ('+17', 10), ('-17', 10), ('1_000', 10),
            ('1__0', 10), ('_1', 10), ('1_', 10), ('', 10), (' ', 10), ('12a', 10), ('0x1f', 16),
            ('0x1f', 0), ('1f', 16), ('FF', 16), ('-0b101', 0), ('0o17', 0), ('017', 0), ('00', 0),
            ('0_0', 0), ('017', 10), ('z', 36), ('Z', 36), ('10', 2), ('12', 2), ('0x_1f', 16),
            ('0x', 16), ('\u0663\u0664', 10), ('9223372036854775807', 10),
            ('-9223372036854775808', 10), ('1 2', 10), ('\t\n7\x0b', 10), ('0b', 0),
            ('0B11', 2), ('+', 10), ('- 1', 10), ('1.5', 10), ('\u00a012\u2003', 10), ('abc\'"', 10),
            ('0_x1', 0), ('0x1_f', 0), ('777', 8), ('8', 8), ('1e5', 10)]

def emit_int_parse():
    print("static const struct { const char *s; int base; const char *expect; } int_parse_cases[] = {")
    for s, base in INT_STRS:
        try:
            r = str(int(s, base))
        except ValueError as e:
            r = 'ERR:' + str(e)
        print("    {%s, %d, %s}," % (cstr(s), base, cstr(r)))
    print("};")
    fl = ['1.5', '  -2.25 ', '1e5', '1E-5', '.5', '5.', '1_000.5', '1__0', 'inf', '-Infinity',
          'nan', '+NaN', 'abc', '', '1e', 'e5', '1.2.3', '0x10', '1_e5', '١٢.٥', '1e400',
          '-1e400', '4.9e-324', '0.1', '123456789012345678901234567890', ' 1 ', '- 1', 'in f',
          '1e+5', '1.e5', '._5', '1._5', '\u30001.5', 'infinit', '+.5e-3']
    print("static const struct { const char *s; const char *expect; } float_parse_cases[] = {")
    for s in fl:
        try:
            r = repr(float(s))
        except ValueError as e:
            r = 'ERR:' + str(e)
        print("    {%s, %s}," % (cstr(s), cstr(r)))
    print("};")

def emit_repr():
    ss = ['', 'abc', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', 'cr\r', 'back\\slash',
          '\x00\x01\x1f\x7f', '\x80\x9f\xa0\xa9\xff', 'h\u00e9llo', '\u4e2d\u6587', '\u200b\u2028',
          '\ud800', '\U0001f600', '\U000e0001', '\ufeff', '\u0378', 'x\U00010000y']
    print("static const struct { const char *s; int n; const char *expect; } str_repr_cases[] = {")
    for s in ss:
        print("    {%s, sizeof(%s) - 1, %s}," % (cstr(s), cstr(s), cstr(repr(s))))
    print("};")

def emit_hashes():
    ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -2**61, 2**63 - 1, -2**63, 12345678901234,
            -987654321]
    print("static const struct { int64_t v; int64_t h; } hash_int_cases[] = {")
    for i in ints:
        v = '%dLL' % i if i != -2**63 else '(-9223372036854775807LL - 1)'
        print("    {%s, %dLL}," % (v, hash(i)))
    print("};")
    fls = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e100, 1e-100, math.pi, float('inf'),
           float('-inf'), 2.0**61, 2.0**62, 123456.789, -1e-300, 5e-324]
    print("static const struct { uint64_t bits; int64_t h; } hash_float_cases[] = {")
    for x in fls:
        print("    {%s, %dLL}," % (bits(x), hash(x)))
    print("};")
    tups = [(), (1,), (1, 2), (1, 2, 3), (-1, -2), (0, 0), (2**62, -5, 7, 9), (1.5, 2)]
    print("static const struct { int n; int64_t items[4]; int64_t h; } hash_tuple_cases[] = {")
    for t in tups:
        hs = [hash(x) for x in t] + [0] * (4 - len(t))
        print("    {%d, {%s}, %dLL}," % (len(t), ', '.join('%dLL' % h for h in hs), hash(t)))
    print("};")

def emit_str_hashes():
    """hash(str)/hash(bytes) under PYTHONHASHSEED=0 (run this script with it set)."""
    assert os.environ.get('PYTHONHASHSEED') == '0', 'run with PYTHONHASHSEED=0'
    ss = ['', 'a', 'abc', 'hello world!', 'abcdefgh', 'abcdefghi', '\u00e9t\u00e9', '\u4e2d\u6587',
          '\U0001f600x', '\ud800', 'x' * 100, '\u0100' * 300, '\x00']
    print("static const struct { const char *s; int n; int64_t h; } hash_str_cases[] = {")
    for s in ss:
        print("    {%s, sizeof(%s) - 1, %dLL}," % (cstr(s), cstr(s), hash(s)))
    print("};")
    print("static const struct { const char *s; int n; int64_t h; } hash_bytes_cases[] = {")
    for b in [b'', b'abc', b'\xff\x00abcdefghij']:
        lit = '"' + ''.join('\\x%02x' % x for x in b) + '"'
        print("    {%s, %d, %dLL}," % (lit, len(b), hash(b)))
    print("};")
    print("static const int64_t hash_tuple_1a = %dLL;" % hash((1, 'a')))

def emit_round():
    print("static const struct { uint64_t bits; int nd; uint64_t expect; } round_cases[] = {")
    vals = [2.675, 0.125, 0.375, 1.5, 2.5, -2.5, 1234.5678, 1e20, 0.285, 1.005, 5e-324, 123.456,
            -0.5, 0.5, 1e300, 12345.6789, 0.1 + 0.2, 7.0, 45.0, 55.5]
    for x in vals:
        for nd in (-3, -1, 0, 1, 2, 3, 5, 20, 400):
            print("    {%s, %d, %s}," % (bits(x), nd, bits(round(x, nd))))
    print("};")
    print("static const struct { uint64_t bits; int64_t expect; } round_int_cases[] = {")
    for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 1e15 + 0.5, 4503599627370497.0, 0.49999999999999994]:
        print("    {%s, %dLL}," % (bits(x), round(x)))
    print("};")

def emit_truediv():
    print("static const struct { int64_t a, b; uint64_t q; } truediv_cases[] = {")
    vals = [2**63 - 1, -2**63 + 1, 2**53 + 1, 3, 10**18 + 7, -(10**17) - 3, 2**62 + 12345, 7]
    for _ in range(300):
        vals.append(rnd.randint(-2**63 + 1, 2**63 - 1) >> rnd.randint(0, 62))
    for i in range(0, len(vals) - 1):
        a, b = vals[i], vals[i + 1] or 1
        print("    {%dLL, %dLL, %s}," % (a, b, bits(a / b)))
    for a, b in [(-2**63, 1), (-2**63, -1), (-2**63, 3), (-2**63, 2**63 - 1), (2**63 - 1, -2**63)]:
        print("    {%s, %s, %s}," % ('%dLL' % a if a != -2**63 else '(-9223372036854775807LL - 1)',
                                    '%dLL' % b if b != -2**63 else '(-9223372036854775807LL - 1)',
                                    bits(a / b)))
    print("};")

MATH1 = ['sqrt', 'exp', 'expm1', 'log', 'log10', 'log2', 'log1p', 'sin', 'cos', 'tan', 'asin',
         'acos', 'atan', 'sinh', 'cosh', 'tanh', 'fabs', 'floor', 'ceil', 'trunc', 'degrees',
         'radians']
MATH2 = ['pow', 'atan2', 'fmod', 'hypot', 'copysign', 'log']

def math_outcome(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return 'ERR:%s:%s' % (type(e).__name__, e)
    if isinstance(r, int):
        if not -2**63 <= r < 2**63:      # documented: no longs in the runtime
            return 'ERR:OverflowError:int too large to convert to machine integer'
        return 'I:%d' % r
    return 'F:' + repr(r)

def emit_math():
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 1e-300, 1e300, -1e300, 710.0, -710.0,
                float('inf'), float('-inf'), float('nan'), 3.7, -3.7, 1e16, 0.1]
    print("static const char *const math1_names[] = {%s};" % ', '.join(cstr(n) for n in MATH1))
    print("static const char *const math2_names[] = {%s};" % ', '.join(cstr(n) for n in MATH2))
    print("static const struct { int f; uint64_t x; const char *expect; } math1_cases[] = {")
    for i, name in enumerate(MATH1):
        for x in specials:
            print("    {%d, %s, %s}," % (i, bits(x), cstr(math_outcome(getattr(math, name), x))))
    print("};")
    print("static const struct { int f; uint64_t x, y; const char *expect; } math2_cases[] = {")
    for i, name in enumerate(MATH2):
        for x in specials[::2]:
            for y in specials[1::2] + [0.0, 2.0, 0.5]:
                print("    {%d, %s, %s, %s}," % (i, bits(x), bits(y),
                                                 cstr(math_outcome(getattr(math, name), x, y))))
    print("};")
    ops = [('truediv', lambda a, b: a / b), ('floordiv', lambda a, b: a // b),
           ('mod', lambda a, b: a % b), ('pow', lambda a, b: a ** b)]
    print("static const char *const fop_names[] = {%s};" % ', '.join(cstr(n) for n, _ in ops))
    print("static const struct { int f; uint64_t x, y; const char *expect; } fop_cases[] = {")
    for i, (name, f) in enumerate(ops):
        for x in specials[::2] + [-2.0, -8.0]:
            for y in specials[1::2] + [0.0, 2.0, 3.0, -3.0, 0.5]:
                o = math_outcome(f, x, y)
                if isinstance(f(x, y) if not o.startswith('ERR') else 0, complex):
                    continue
                print("    {%d, %s, %s, %s}," % (i, bits(x), bits(y), cstr(o)))
    print("};")

def main():
    print("/* cases_gen.inc -- GENERATED by tools/gen_cases.py with CPython %s; do not edit. */"
          % sys.version.split()[0])
    print("struct fmt_case { int64_t i; uint64_t fbits; const char *s; const char *spec; const char *expect; };")
    emit_float_repr()
    emit_format()
    emit_int_parse()
    emit_repr()
    emit_hashes()
    emit_round()
    emit_truediv()
    emit_math()
    emit_str_hashes()

if __name__ == '__main__':
    main()
