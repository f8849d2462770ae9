"""The `math` and `time` modules."""

import math
import time
from rlib.rarithmetic import ovfcheck
from objspace.model import W_IntObject, W_FloatObject
from objspace.error import OperationError
from objspace.function import Arguments
from module.argparse_rt import check_positional
from module import rawio
from objspace.function import W_Property
from interp import funccall
from objspace import ops, rbigint, floatops
from module.argparse_rt import parse_args


def f1(space, args, name):
    args_w = check_positional(space, args, name, 1, 1)
    return space.float_w(args_w[0])


def math_error(space):
    return space.value_error("math domain error")


def m_sqrt(space, args):
    x = f1(space, args, "sqrt")
    if x < 0.0:
        raise math_error(space)
    return space.newfloat(math.sqrt(x))


def to_int_checked(space, f):
    if f != f:
        raise space.value_error("cannot convert float NaN to integer")
    if f == float("inf") or f == -float("inf"):
        raise space.overflow_error("cannot convert float infinity to integer")
    if f >= 9.2e18 or f <= -9.2e18:
        return space.newlong(rbigint.from_float(f))
    return space.newint(int(f))


def m_floor(space, args):
    args_w = check_positional(space, args, "floor", 1, 1)
    if space.isinstance_w(args_w[0], space.w_int):
        return args_w[0]
    return to_int_checked(space, floatops.floor(space.float_w(args_w[0])))


def m_ceil(space, args):
    args_w = check_positional(space, args, "ceil", 1, 1)
    if space.isinstance_w(args_w[0], space.w_int):
        return args_w[0]
    return to_int_checked(space, floatops.ceil(space.float_w(args_w[0])))


def m_trunc(space, args):
    args_w = check_positional(space, args, "trunc", 1, 1)
    if isinstance(args_w[0], W_IntObject):
        return args_w[0]
    return to_int_checked(space, float(int(space.float_w(args_w[0]))))


def m_sin(space, args):
    return space.newfloat(math.sin(f1(space, args, "sin")))


def m_cos(space, args):
    return space.newfloat(math.cos(f1(space, args, "cos")))


def m_tan(space, args):
    return space.newfloat(math.tan(f1(space, args, "tan")))


def m_asin(space, args):
    x = f1(space, args, "asin")
    if x < -1.0 or x > 1.0:
        raise math_error(space)
    return space.newfloat(math.asin(x))


def m_acos(space, args):
    x = f1(space, args, "acos")
    if x < -1.0 or x > 1.0:
        raise math_error(space)
    return space.newfloat(math.acos(x))


def m_atan(space, args):
    return space.newfloat(math.atan(f1(space, args, "atan")))


def m_atan2(space, args):
    args_w = check_positional(space, args, "atan2", 2, 2)
    return space.newfloat(math.atan2(space.float_w(args_w[0]), space.float_w(args_w[1])))


def m_exp(space, args):
    x = f1(space, args, "exp")
    try:
        return space.newfloat(math.exp(x))
    except OverflowError:
        raise space.overflow_error("math range error")


def m_log(space, args):
    args_w = check_positional(space, args, "log", 1, 2)
    x = space.float_w(args_w[0])
    if x <= 0.0:
        raise math_error(space)
    r = math.log(x)
    if len(args_w) == 2:
        b = space.float_w(args_w[1])
        if b <= 0.0 or b == 1.0:
            if b == 1.0:
                raise space.zero_division("float division by zero")
            raise math_error(space)
        r = r / math.log(b)
    return space.newfloat(r)


def m_log2(space, args):
    x = f1(space, args, "log2")
    if x <= 0.0:
        raise math_error(space)
    return space.newfloat(math.log2(x))


def m_log10(space, args):
    x = f1(space, args, "log10")
    if x <= 0.0:
        raise math_error(space)
    return space.newfloat(math.log10(x))


def m_pow(space, args):
    args_w = check_positional(space, args, "pow", 2, 2)
    x = space.float_w(args_w[0])
    y = space.float_w(args_w[1])
    try:
        return space.newfloat(math.pow(x, y))
    except ValueError:
        raise math_error(space)
    except OverflowError:
        raise space.overflow_error("math range error")


def m_fabs(space, args):
    return space.newfloat(abs(f1(space, args, "fabs")))


def m_hypot(space, args):
    acc = 0.0
    for w_x in args.args_w:
        x = space.float_w(w_x)
        acc += x * x
    return space.newfloat(math.sqrt(acc))


def m_isnan(space, args):
    x = f1(space, args, "isnan")
    return space.newbool(x != x)


def m_isinf(space, args):
    x = f1(space, args, "isinf")
    return space.newbool(x == float("inf") or x == -float("inf"))


def m_isfinite(space, args):
    x = f1(space, args, "isfinite")
    return space.newbool(x == x and x - x == 0.0)


def m_gcd(space, args):
    result = 0
    for w_x in args.args_w:
        b = abs(space.int_w(w_x))
        a = result
        while b != 0:
            a, b = b, a % b
        result = a
    return space.newint(result)


def m_factorial(space, args):
    args_w = check_positional(space, args, "factorial", 1, 1)
    if not isinstance(args_w[0], W_IntObject):
        raise space.type_error("'%s' object cannot be interpreted as an integer" %
                               space.type_name(args_w[0]))
    n = space.int_w(args_w[0])
    if n < 0:
        raise space.value_error("factorial() not defined for negative values")
    w_r = space.newint(1)
    for i in range(2, n + 1):
        w_r = ops.binop(space, ops.MUL, w_r, space.newint(i))
    return w_r


def m_comb(space, args):
    args_w = check_positional(space, args, "comb", 2, 2)
    n = space.int_w(args_w[0])
    k = space.int_w(args_w[1])
    if n < 0 or k < 0:
        raise space.value_error("n must be a non-negative integer")
    if k > n:
        return space.newint(0)
    if k > n - k:
        k = n - k
    w_r = space.newint(1)
    for i in range(k):
        w_r = ops.binop(space, ops.MUL, w_r, space.newint(n - i))
        w_r = ops.binop(space, ops.FLOORDIV, w_r, space.newint(i + 1))
    return w_r


def m_isqrt(space, args):
    args_w = check_positional(space, args, "isqrt", 1, 1)
    n = space.int_w(args_w[0])
    if n < 0:
        raise space.value_error("isqrt() argument must be nonnegative")
    x = int(math.sqrt(float(n)))
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return space.newint(x)


def m_degrees(space, args):
    return space.newfloat(f1(space, args, "degrees") * 180.0 / math.pi)


def m_radians(space, args):
    return space.newfloat(f1(space, args, "radians") * math.pi / 180.0)


def m_copysign(space, args):
    args_w = check_positional(space, args, "copysign", 2, 2)
    return space.newfloat(math.copysign(space.float_w(args_w[0]), space.float_w(args_w[1])))


def m_fmod(space, args):
    args_w = check_positional(space, args, "fmod", 2, 2)
    y = space.float_w(args_w[1])
    if y == 0.0:
        raise math_error(space)
    return space.newfloat(math.fmod(space.float_w(args_w[0]), y))


def m_fsum(space, args):
    args_w = check_positional(space, args, "fsum", 1, 1)
    items = [space.float_w(w_x) for w_x in space.unpackiterable(args_w[0])]
    return space.newfloat(math.fsum(items))


def m_prod(space, args):
    args_w = check_positional(space, args, "prod", 1, 1)
    w_acc = space.newint(1)
    for w_x in space.unpackiterable(args_w[0]):
        w_acc = ops.binop(space, ops.MUL, w_acc, w_x)
    return w_acc


def m_isclose(space, args):
    a = parse_args(space, args, "isclose", ["a", "b", "*rel_tol", "*abs_tol"], 2)
    x = space.float_w(a[0])
    y = space.float_w(a[1])
    rel = 1e-09
    if a[2] is not None:
        rel = space.float_w(a[2])
    abs_tol = 0.0
    if a[3] is not None:
        abs_tol = space.float_w(a[3])
    if x == y:
        return space.w_True
    diff = abs(x - y)
    return space.newbool(diff <= abs(rel * y) or diff <= abs(rel * x) or diff <= abs_tol)


def m_lcm(space, args):
    w_r = space.newint(1)
    for w_x in args.args_w:
        w_a = ops.binop(space, ops.MUL, w_r, w_x)
        g = m_gcd(space, Arguments([w_r, w_x], [], []))
        if space.eq_w(g, space.newint(0)):
            return space.newint(0)
        w_r = ops.binop(space, ops.FLOORDIV, w_a, g)
        if space.is_true(ops.compare(space, w_r, space.newint(0), 2)):
            w_r = ops.unary_neg(space, w_r)
    return w_r


def m_perm(space, args):
    args_w = check_positional(space, args, "perm", 1, 2)
    n = space.int_w(args_w[0])
    k = n
    if len(args_w) == 2 and not space.is_none(args_w[1]):
        k = space.int_w(args_w[1])
    if n < 0 or k < 0:
        raise space.value_error("n must be a non-negative integer")
    if k > n:
        return space.newint(0)
    w_r = space.newint(1)
    for i in range(n - k + 1, n + 1):
        w_r = ops.binop(space, ops.MUL, w_r, space.newint(i))
    return w_r


def m_dist(space, args):
    args_w = check_positional(space, args, "dist", 2, 2)
    p = space.unpackiterable(args_w[0])
    q = space.unpackiterable(args_w[1])
    if len(p) != len(q):
        raise space.value_error("both points must have the same number of dimensions")
    acc = 0.0
    for i in range(len(p)):
        d = space.float_w(p[i]) - space.float_w(q[i])
        acc += d * d
    return space.newfloat(math.sqrt(acc))


MATH_FUNCTIONS = [
    ("sqrt", m_sqrt), ("floor", m_floor), ("ceil", m_ceil), ("trunc", m_trunc),
    ("sin", m_sin), ("cos", m_cos), ("tan", m_tan), ("asin", m_asin), ("acos", m_acos),
    ("atan", m_atan), ("atan2", m_atan2), ("exp", m_exp), ("log", m_log), ("log2", m_log2),
    ("log10", m_log10), ("pow", m_pow), ("fabs", m_fabs), ("hypot", m_hypot),
    ("isnan", m_isnan), ("isinf", m_isinf), ("isfinite", m_isfinite), ("gcd", m_gcd),
    ("factorial", m_factorial), ("comb", m_comb), ("isqrt", m_isqrt),
    ("degrees", m_degrees), ("radians", m_radians), ("copysign", m_copysign),
    ("fmod", m_fmod), ("fsum", m_fsum), ("prod", m_prod), ("isclose", m_isclose),
    ("lcm", m_lcm), ("perm", m_perm), ("dist", m_dist),
]


def make_math(space):
    w_mod = space.newmodule("math")
    d = w_mod.w_dict
    for name, func in MATH_FUNCTIONS:
        d.setitem_str(name, space.newbuiltin(name, func))
    d.setitem_str("pi", space.newfloat(math.pi))
    d.setitem_str("e", space.newfloat(math.e))
    d.setitem_str("tau", space.newfloat(2.0 * math.pi))
    d.setitem_str("inf", space.newfloat(float("inf")))
    d.setitem_str("nan", space.newfloat(float("nan")))
    return w_mod


def t_time(space, args):
    return space.newfloat(time.time())


def t_perf_counter(space, args):
    return space.newfloat(time.perf_counter())


def t_monotonic(space, args):
    return space.newfloat(time.monotonic())


def t_process_time(space, args):
    return space.newfloat(time.process_time())


def t_sleep(space, args):
    args_w = check_positional(space, args, "sleep", 1, 1)
    time.sleep(space.float_w(args_w[0]))
    return space.w_None


STRUCT_FIELDS = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                 "tm_yday", "tm_isdst"]
DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def make_field_getter(index):
    """Init time: the getter of struct_time's field number `index`."""
    def getter(space, args):
        w_t = args.args_w[0]
        return space.getitem(w_t, space.newint(index))
    return getter


FIELD_GETTERS = [make_field_getter(i) for i in range(9)]


def civil_from_days(z):
    """Days since 1970-01-01 -> (year, month, day) (Howard Hinnant's algorithm)."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        m = mp + 3
    else:
        m = mp - 9
    if m <= 2:
        y += 1
    return y, m, d


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def day_of_year(y, m, d):
    days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    n = d
    for i in range(m - 1):
        n += days[i]
    if m > 2 and is_leap(y):
        n += 1
    return n


def make_struct(space, fields):
    w_tuple = space.newtuple([space.newint(v) for v in fields])
    return space.call_function(space.w_struct_time, [w_tuple])


def t_gmtime(space, args):
    args_w = check_positional(space, args, "gmtime", 0, 1)
    if len(args_w) == 0 or space.is_none(args_w[0]):
        secs = int(time.time())
    else:
        secs = int(floatops.floor(space.float_w(args_w[0])))
    days = secs // 86400
    rem = secs - days * 86400
    y, m, d = civil_from_days(days)
    wday = (days + 3) % 7
    return make_struct(space, [y, m, d, rem // 3600, (rem % 3600) // 60, rem % 60, wday,
                               day_of_year(y, m, d), 0])


def t_localtime(space, args):
    args_w = check_positional(space, args, "localtime", 0, 1)
    if len(args_w) == 0 or space.is_none(args_w[0]):
        secs = time.time()
    else:
        secs = space.float_w(args_w[0])
    return make_struct(space, rawio.localtime_fields(secs))


def two(n):
    if n < 10:
        return "0" + str(n)
    return str(n)


def t_strftime(space, args):
    args_w = check_positional(space, args, "strftime", 1, 2)
    fmt = space.text_w(args_w[0])
    if len(args_w) == 2:
        items = space.unpackiterable(args_w[1])
    else:
        items = space.unpackiterable(t_localtime(space, Arguments([], [], [])))
    if len(items) < 9:
        raise space.type_error("strftime(): illegal time tuple argument")
    v = [space.int_w(w_x) for w_x in items[:9]]
    year, mon, mday, hour, minute, sec, wday, yday = v[0], v[1], v[2], v[3], v[4], v[5], \
        v[6], v[7]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == "Y":
            out.append(str(year))
        elif k == "y":
            out.append(two(year % 100))
        elif k == "m":
            out.append(two(mon))
        elif k == "d":
            out.append(two(mday))
        elif k == "H":
            out.append(two(hour))
        elif k == "I":
            h12 = hour % 12
            if h12 == 0:
                h12 = 12
            out.append(two(h12))
        elif k == "M":
            out.append(two(minute))
        elif k == "S":
            out.append(two(sec))
        elif k == "p":
            out.append("AM" if hour < 12 else "PM")
        elif k == "j":
            s = str(yday)
            out.append("0" * (3 - len(s)) + s)
        elif k == "a":
            out.append(DAY_NAMES[wday % 7][:3])
        elif k == "A":
            out.append(DAY_NAMES[wday % 7])
        elif k == "b" or k == "h":
            out.append(MONTH_NAMES[(mon - 1) % 12][:3])
        elif k == "B":
            out.append(MONTH_NAMES[(mon - 1) % 12])
        elif k == "w":
            out.append(str((wday + 1) % 7))
        elif k == "e":
            out.append(str(mday) if mday >= 10 else " " + str(mday))
        elif k == "F":
            out.append("%d-%s-%s" % (year, two(mon), two(mday)))
        elif k == "T":
            out.append("%s:%s:%s" % (two(hour), two(minute), two(sec)))
        elif k == "D":
            out.append("%s/%s/%s" % (two(mon), two(mday), two(year % 100)))
        elif k == "c":
            out.append("%s %s %s %s:%s:%s %d" % (DAY_NAMES[wday % 7][:3],
                                                 MONTH_NAMES[(mon - 1) % 12][:3],
                                                 str(mday) if mday >= 10 else " " + str(mday),
                                                 two(hour), two(minute), two(sec), year))
        elif k == "x":
            out.append("%s/%s/%s" % (two(mon), two(mday), two(year % 100)))
        elif k == "X":
            out.append("%s:%s:%s" % (two(hour), two(minute), two(sec)))
        elif k == "%":
            out.append("%")
        elif k == "Z" or k == "z":
            pass
        else:
            out.append("%" + k)
    return space.newstr("".join(out))


def make_time(space):
    w_mod = space.newmodule("time")
    d = w_mod.w_dict
    for name, func in [("time", t_time), ("perf_counter", t_perf_counter),
                       ("monotonic", t_monotonic), ("process_time", t_process_time),
                       ("sleep", t_sleep), ("gmtime", t_gmtime), ("localtime", t_localtime),
                       ("strftime", t_strftime)]:
        d.setitem_str(name, space.newbuiltin(name, func))
    w_ns = space.newdict()
    w_ns.setitem_str("__module__", space.newstr("time"))
    for i in range(9):
        w_ns.setitem_str(STRUCT_FIELDS[i], W_Property(space.newbuiltin(STRUCT_FIELDS[i],
                                                                       FIELD_GETTERS[i]),
                                                      space.w_None, space.w_None,
                                                      space.w_None))
    w_struct = funccall.new_type(space, "struct_time", [space.w_tuple], w_ns)
    space.w_struct_time = w_struct
    d.setitem_str("struct_time", w_struct)
    return w_mod
