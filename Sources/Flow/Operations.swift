// Operations.swift — the high-level operation set produced by the flow-graph builder.
//
// Operation names are strings so that every later stage (annotator, RTyper, C backend) can add
// its own low-level operations to the same graphs. This file lists the high-level ones, with
// the arity each expects, so the verifier can check them.

public enum HighLevelOps {
    /// name -> number of operands (nil: variable).
    public static let arity: [String: Int?] = [
        // arithmetic and bitwise (binary)
        "add": 2, "sub": 2, "mul": 2, "truediv": 2, "floordiv": 2, "mod": 2, "pow": 2,
        "lshift": 2, "rshift": 2, "and_": 2, "or_": 2, "xor": 2,
        // overflow-checked forms, from `ovfcheck(a OP b)`
        "add_ovf": 2, "sub_ovf": 2, "mul_ovf": 2, "lshift_ovf": 2, "neg_ovf": 1,
        "floordiv_ovf": 2, "mod_ovf": 2, "matmul": 2,
        // in-place forms that differ from the plain ones (lists mutate)
        "inplace_add": 2, "inplace_mul": 2,
        // unary
        "neg": 1, "pos": 1, "invert": 1, "bool_not": 1, "is_true": 1,
        // comparisons
        "lt": 2, "le": 2, "eq": 2, "ne": 2, "gt": 2, "ge": 2, "is_": 2, "contains": 2,
        // attributes and items
        "getattr": 1, "setattr": 2, "getitem": 2, "setitem": 3, "delitem": 2,
        "getslice": 4, "setslice": 4, "delslice": 4,
        // constructors
        "newlist": nil, "newtuple": nil, "newdict": nil, "newset": nil,
        // calls: callee then arguments as described by the call shape
        "call": nil, "call_method": nil,
        // a lifted closure as a value: the function constant, then the captured values
        "newclosure": nil,
        // iteration: `next` raises StopIteration at the end
        "iter": 1, "next": 1,
        // strings: one formatted field (extra = spec), then the concatenation of the parts
        "format": nil, "buildstr": nil,
        // control
        "raise": 1, "check_unpack": 2, "same_as": 1, "type": 1,
        // counting loops over range() with a step known only at run time
        "check_range_step": 1, "range_continues": 3,
    ]

    /// Operations that cannot raise: they never end a block inside a `try`.
    public static let cannotRaise: Set<String> = [
        "is_", "is_true", "bool_not", "newtuple", "same_as", "newlist", "newdict", "newset",
    ]
}
