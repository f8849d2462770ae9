"""Constant pool of a code object: wraps AST constants and reuses equal str/int entries."""

from astcompiler import astnodes as ast
from objspace.model import W_StrObject, W_IntObject, W_BoolObject


class ConstBuilder(object):
    def __init__(self, space):
        self.space = space
        self.str_index = {}
        self.int_index = {}

    def add(self, code, w_value):
        if type(w_value) is W_StrObject:
            i = self.str_index.get(w_value.value, -1)
            if i >= 0:
                return i
            i = len(code.co_consts)
            self.str_index[w_value.value] = i
            code.co_consts.append(w_value)
            return i
        if type(w_value) is W_IntObject:
            i = self.int_index.get(w_value.intval, -1)
            if i >= 0:
                return i
            i = len(code.co_consts)
            self.int_index[w_value.intval] = i
            code.co_consts.append(w_value)
            return i
        i = len(code.co_consts)
        code.co_consts.append(w_value)
        return i


def wrap_constant(space, node):
    k = node.kind
    if k == ast.K_NONE:
        return space.w_None
    if k == ast.K_TRUE:
        return space.w_True
    if k == ast.K_FALSE:
        return space.w_False
    if k == ast.K_INT:
        return space.newint(node.intval)
    if k == ast.K_FLOAT:
        return space.newfloat(node.floatval)
    if k == ast.K_STR:
        return space.newstr(node.strval)
    if k == ast.K_BYTES:
        return space.newbytes(node.strval)
    if k == ast.K_ELLIPSIS:
        return space.w_Ellipsis
    if k == ast.K_COMPLEX:
        return space.newcomplex(0.0, node.floatval)
    # K_BIGINT
    return space.newbigint_from_digits(node.strval, node.intval)
