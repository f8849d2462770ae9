"""Argument parsing for built-in functions (the interpreter's PyArg_ParseTupleAndKeywords)."""


def parse_args(space, args, fname, names, nrequired):
    """Bind `args` to the parameter `names` (positional or keyword); returns a list with None
    for the parameters that were not given. Names starting with '*' are keyword-only."""
    n = len(names)
    result = [None] * n
    args_w = args.args_w
    npos = 0
    for name in names:
        if name.startswith("*"):
            break
        npos += 1
    if len(args_w) > npos:
        if npos == 1:
            raise space.type_error("%s() takes at most 1 argument (%d given)" %
                                   (fname, len(args_w)))
        raise space.type_error("%s() takes at most %d arguments (%d given)" %
                               (fname, npos, len(args_w)))
    for i in range(len(args_w)):
        result[i] = args_w[i]
    for j in range(len(args.kw_names)):
        kw = args.kw_names[j]
        found = -1
        for i in range(n):
            name = names[i]
            if name.startswith("*"):
                name = name[1:]
            if name == kw:
                found = i
        if found < 0:
            raise space.type_error("%s() got an unexpected keyword argument '%s'" %
                                   (fname, kw))
        if result[found] is not None:
            raise space.type_error("argument for %s() given by name ('%s') and position (%d)"
                                   % (fname, kw, found + 1))
        result[found] = args.kw_values_w[j]
    for i in range(nrequired):
        if result[i] is None:
            name = names[i]
            raise space.type_error("%s() missing required argument '%s' (pos %d)" %
                                   (fname, name, i + 1))
    return result


def check_positional(space, args, fname, nmin, nmax):
    """Positional-only built-ins: returns args_w after checking the count."""
    if len(args.kw_names) > 0:
        raise space.type_error("%s() takes no keyword arguments" % fname)
    n = len(args.args_w)
    if n < nmin or n > nmax:
        if nmin == nmax:
            if nmin == 0:
                raise space.type_error("%s() takes no arguments (%d given)" % (fname, n))
            if nmin == 1:
                raise space.type_error("%s() takes exactly one argument (%d given)" %
                                       (fname, n))
            raise space.type_error("%s expected %d arguments, got %d" % (fname, nmin, n))
        if n < nmin:
            raise space.type_error("%s expected at least %d argument%s, got %d" %
                                   (fname, nmin, "s" if nmin > 1 else "", n))
        raise space.type_error("%s expected at most %d argument%s, got %d" %
                               (fname, nmax, "s" if nmax > 1 else "", n))
    return args.args_w


def self_arg(space, args, fname):
    if len(args.args_w) == 0:
        raise space.type_error("descriptor '%s' needs an argument" % fname)
    return args.args_w[0]
