/* jit_ir.h: the trace IR shared by every stage of the JIT back half.
 * A trace is a list of operations in SSA form over typed values (int word, double, GC ref).
 * Values are indices into trace->vals (inputs, op results, label parameters, constants).
 * Descriptors (struct fields, arrays, call targets) are declared per trace file.
 * Parser: jit_parse.h; printer and verifier are declared here. */
#ifndef JIT_IR_H
#define JIT_IR_H
#include <stdint.h>
#include <stdbool.h>
#include <stdio.h>
#include <stddef.h>

typedef enum { JIT_VOID = 0, JIT_INT, JIT_FLOAT, JIT_REF } jit_type;

/* Op flags */
enum {
  JIT_F_PURE = 1,    /* no side effect, result depends only on args */
  JIT_F_GUARD = 2,
  JIT_F_OVF = 4,     /* must be followed by guard_(no_)overflow */
  JIT_F_DESCR = 8,   /* needs descr= */
  JIT_F_VARARGS = 16,
  JIT_F_CMP = 32,    /* integer-valued comparison */
};

/* name, nargs (-1 var), arg types ('i','f','r','?' = from descr), result ('i','f','r','v','?'), flags */
#define JIT_OPS(X) \
  X(INT_ADD, "int_add", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_SUB, "int_sub", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_MUL, "int_mul", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_AND, "int_and", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_OR, "int_or", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_XOR, "int_xor", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_LSHIFT, "int_lshift", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_RSHIFT, "int_rshift", 2, "ii", 'i', JIT_F_PURE) \
  X(UINT_RSHIFT, "uint_rshift", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_FLOORDIV, "int_floordiv", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_MOD, "int_mod", 2, "ii", 'i', JIT_F_PURE) \
  X(INT_LT, "int_lt", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(INT_LE, "int_le", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(INT_EQ, "int_eq", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(INT_NE, "int_ne", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(INT_GT, "int_gt", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(INT_GE, "int_ge", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(UINT_LT, "uint_lt", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(UINT_LE, "uint_le", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(UINT_GT, "uint_gt", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(UINT_GE, "uint_ge", 2, "ii", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(INT_NEG, "int_neg", 1, "i", 'i', JIT_F_PURE) \
  X(INT_INVERT, "int_invert", 1, "i", 'i', JIT_F_PURE) \
  X(INT_IS_TRUE, "int_is_true", 1, "i", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(INT_IS_ZERO, "int_is_zero", 1, "i", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(INT_ADD_OVF, "int_add_ovf", 2, "ii", 'i', JIT_F_OVF) \
  X(INT_SUB_OVF, "int_sub_ovf", 2, "ii", 'i', JIT_F_OVF) \
  X(INT_MUL_OVF, "int_mul_ovf", 2, "ii", 'i', JIT_F_OVF) \
  X(FLOAT_ADD, "float_add", 2, "ff", 'f', JIT_F_PURE) \
  X(FLOAT_SUB, "float_sub", 2, "ff", 'f', JIT_F_PURE) \
  X(FLOAT_MUL, "float_mul", 2, "ff", 'f', JIT_F_PURE) \
  X(FLOAT_TRUEDIV, "float_truediv", 2, "ff", 'f', JIT_F_PURE) \
  X(FLOAT_NEG, "float_neg", 1, "f", 'f', JIT_F_PURE) \
  X(FLOAT_ABS, "float_abs", 1, "f", 'f', JIT_F_PURE) \
  X(FLOAT_LT, "float_lt", 2, "ff", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(FLOAT_LE, "float_le", 2, "ff", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(FLOAT_EQ, "float_eq", 2, "ff", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(FLOAT_NE, "float_ne", 2, "ff", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(FLOAT_GT, "float_gt", 2, "ff", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(FLOAT_GE, "float_ge", 2, "ff", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(CAST_INT_TO_FLOAT, "cast_int_to_float", 1, "i", 'f', JIT_F_PURE) \
  X(CAST_FLOAT_TO_INT, "cast_float_to_int", 1, "f", 'i', JIT_F_PURE) \
  X(SAME_AS_I, "same_as_i", 1, "i", 'i', JIT_F_PURE) \
  X(SAME_AS_F, "same_as_f", 1, "f", 'f', JIT_F_PURE) \
  X(SAME_AS_R, "same_as_r", 1, "r", 'r', JIT_F_PURE) \
  X(PTR_EQ, "ptr_eq", 2, "rr", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(PTR_NE, "ptr_ne", 2, "rr", 'i', JIT_F_PURE | JIT_F_CMP) \
  X(GUARD_TRUE, "guard_true", 1, "i", 'v', JIT_F_GUARD) \
  X(GUARD_FALSE, "guard_false", 1, "i", 'v', JIT_F_GUARD) \
  X(GUARD_VALUE, "guard_value", 2, "ii", 'v', JIT_F_GUARD) \
  X(GUARD_CLASS, "guard_class", 2, "ri", 'v', JIT_F_GUARD) \
  X(GUARD_NONNULL, "guard_nonnull", 1, "r", 'v', JIT_F_GUARD) \
  X(GUARD_ISNULL, "guard_isnull", 1, "r", 'v', JIT_F_GUARD) \
  X(GUARD_NO_OVERFLOW, "guard_no_overflow", 0, "", 'v', JIT_F_GUARD) \
  X(GUARD_OVERFLOW, "guard_overflow", 0, "", 'v', JIT_F_GUARD) \
  X(GUARD_NO_EXCEPTION, "guard_no_exception", 0, "", 'v', JIT_F_GUARD) \
  X(GETFIELD_I, "getfield_gc_i", 1, "r", 'i', JIT_F_DESCR) \
  X(GETFIELD_F, "getfield_gc_f", 1, "r", 'f', JIT_F_DESCR) \
  X(GETFIELD_R, "getfield_gc_r", 1, "r", 'r', JIT_F_DESCR) \
  X(SETFIELD, "setfield_gc", 2, "r?", 'v', JIT_F_DESCR) \
  X(GETARRAYITEM_I, "getarrayitem_gc_i", 2, "ri", 'i', JIT_F_DESCR) \
  X(GETARRAYITEM_F, "getarrayitem_gc_f", 2, "ri", 'f', JIT_F_DESCR) \
  X(GETARRAYITEM_R, "getarrayitem_gc_r", 2, "ri", 'r', JIT_F_DESCR) \
  X(SETARRAYITEM, "setarrayitem_gc", 3, "ri?", 'v', JIT_F_DESCR) \
  X(ARRAYLEN, "arraylen_gc", 1, "r", 'i', JIT_F_DESCR) \
  X(NEW, "new", 0, "", 'r', JIT_F_DESCR) \
  X(NEW_WITH_VTABLE, "new_with_vtable", 0, "", 'r', JIT_F_DESCR) \
  X(NEW_ARRAY, "new_array", 1, "i", 'r', JIT_F_DESCR) \
  X(CALL_I, "call_i", -1, "", 'i', JIT_F_DESCR | JIT_F_VARARGS) \
  X(CALL_F, "call_f", -1, "", 'f', JIT_F_DESCR | JIT_F_VARARGS) \
  X(CALL_R, "call_r", -1, "", 'r', JIT_F_DESCR | JIT_F_VARARGS) \
  X(CALL_N, "call_n", -1, "", 'v', JIT_F_DESCR | JIT_F_VARARGS) \
  X(LABEL, "label", -1, "", 'v', JIT_F_VARARGS) \
  X(JUMP, "jump", -1, "", 'v', JIT_F_VARARGS) \
  X(FINISH, "finish", -1, "", 'v', JIT_F_VARARGS)

typedef enum {
#define X(e, n, na, at, rt, fl) JIT_##e,
  JIT_OPS(X)
#undef X
  JIT_NUM_OPS
} jit_opcode;

typedef struct {
  const char *name;
  int nargs;
  const char *argtypes;
  char restype;
  int flags;
} jit_opinfo;
extern const jit_opinfo jit_opinfos[JIT_NUM_OPS];

/* ---- descriptors ---- */
struct jit_struct;
typedef struct jit_field {
  const char *name;          /* "x" */
  struct jit_struct *owner;
  int offset, size;          /* size 1,2,4,8 for ints; 8 for float/ref */
  jit_type type;
  bool immutable;
  int index;                 /* position in owner->fields */
} jit_field;

typedef struct jit_struct {
  const char *name;
  int size;
  int64_t vtable;            /* 0: no vtable; otherwise stored as a word at offset 0 */
  int nfields;
  jit_field *fields;
} jit_struct;

/* Array layout: length word at offset 0, items from offset 8. */
typedef struct jit_array {
  const char *name;
  jit_type type;
  int itemsize;              /* 8 for f/r; 1,2,4,8 for ints */
} jit_array;

enum { JIT_CALL_PURE = 1, JIT_CALL_RAISES = 2 };
typedef struct jit_calldescr {
  const char *name;          /* name in the trace file */
  const char *cname;         /* registered C function */
  void *fn;
  int nargs;
  jit_type args[8];
  jit_type res;
  int flags;
} jit_calldescr;

typedef enum { JIT_D_NONE, JIT_D_FIELD, JIT_D_STRUCT, JIT_D_ARRAY, JIT_D_CALL } jit_descr_kind;

/* ---- values and ops ---- */
typedef enum { JIT_V_INPUT, JIT_V_OP, JIT_V_PARAM, JIT_V_CONST } jit_val_kind;
typedef struct {
  jit_type type;
  jit_val_kind kind;
  int def;                   /* op index for OP/PARAM, input index for INPUT */
  union { int64_t i; double f; } c;
} jit_value;

/* Fail-argument items: >= 0 is a value id, < 0 is virtual number -(item+1). */
#define JIT_VIRT_ITEM(k) (-(k) - 1)
#define JIT_ITEM_VIRT(it) (-(it) - 1)
typedef struct {
  jit_descr_kind kind;       /* JIT_D_STRUCT or JIT_D_ARRAY */
  void *descr;
  int n;                     /* fields (struct: one per field) or items (array) */
  int32_t *items;            /* item encoding as fail args; -0x7fffffff = unset/zero */
} jit_virtual;
#define JIT_ITEM_NONE INT32_MIN

typedef struct {
  uint16_t opc;
  int32_t res;               /* result value, or -1 */
  int nargs;
  int32_t *args;
  jit_descr_kind dkind;
  void *descr;
  /* label: parameters defined */
  int nparams;
  int32_t *params;
  /* guards */
  int guard_id;              /* stable number of the guard in the source trace */
  int nfail;
  int32_t *fail;
  int nvirt;
  jit_virtual *virts;
  int line;
} jit_op;

typedef struct jit_arena_chunk { struct jit_arena_chunk *next; size_t used, cap; char data[]; } jit_arena_chunk;
typedef struct { jit_arena_chunk *head; } jit_arena;
void *jit_arena_alloc(jit_arena *a, size_t n);
void jit_arena_free(jit_arena *a);
char *jit_arena_strdup(jit_arena *a, const char *s);

/* Descriptor tables, shared by a loop and its bridges. */
typedef struct {
  jit_arena arena;
  int nstructs, narrays, ncalls;
  jit_struct *structs[64];
  jit_array *arrays[64];
  jit_calldescr *calls[64];
} jit_descrs;

typedef struct jit_trace {
  jit_arena arena;
  jit_descrs *descrs;
  const char *filename;
  int ninputs;
  int32_t *inputs;
  int nops, capops;
  jit_op *ops;
  int nvals, capvals;
  jit_value *vals;
  int nguards;               /* guard ids are 0..nguards-1 */
  int bridge_of;             /* -1 for a loop; guard id for a bridge */
  int bridge_parent;         /* a bridge's parent: -1 the loop, k bridge k (of the same unit) */
} jit_trace;

jit_trace *jit_trace_new(jit_descrs *d);
void jit_trace_free(jit_trace *t);
int32_t jit_new_value(jit_trace *t, jit_type ty, jit_val_kind k, int def);
int32_t jit_const_int(jit_trace *t, int64_t v);
int32_t jit_const_float(jit_trace *t, double v);
int32_t jit_const_ref(jit_trace *t, int64_t v);
/* Append an op; args copied. Returns op index. Result value created if op has one. */
int jit_emit(jit_trace *t, int opc, int nargs, const int32_t *args, jit_descr_kind dk, void *descr);
jit_op *jit_emit_op(jit_trace *t, int opc, int nargs, const int32_t *args, jit_descr_kind dk, void *descr);
void jit_set_fail(jit_trace *t, jit_op *op, int nfail, const int32_t *fail, int nvirt, const jit_virtual *virts);
/* Builder helpers: a new input of the trace; a label defining one parameter per argument. */
int32_t jit_add_input(jit_trace *t, jit_type ty);
jit_op *jit_emit_label(jit_trace *t, int nargs, const int32_t *args);
jit_type jit_op_restype(const jit_op *op);
static inline bool jit_is_const(const jit_trace *t, int32_t v) { return t->vals[v].kind == JIT_V_CONST; }
jit_type jit_type_of_char(char c);
char jit_char_of_type(jit_type t);
int jit_find_label(const jit_trace *t);

jit_descrs *jit_descrs_new(void);
void jit_descrs_free(jit_descrs *d);
jit_struct *jit_find_struct(jit_descrs *d, const char *name);
jit_array *jit_find_array(jit_descrs *d, const char *name);
jit_calldescr *jit_find_call(jit_descrs *d, const char *name);

/* Printer (jit_print.c): output can be parsed back by jit_parse. */
void jit_print_descrs(FILE *f, const jit_descrs *d);
void jit_print_trace(FILE *f, const jit_trace *t);
void jit_print_value(FILE *f, const jit_trace *t, int32_t v);

/* Verifier (jit_verify.c): returns 0 if well formed, else writes "file:line: message" to err. */
int jit_verify(const jit_trace *t, char *err, size_t errlen);
int jit_verify_bridge(const jit_trace *t, const jit_trace *loop, char *err, size_t errlen);

/* Registered C functions callable from traces (jit_funcs.c). */
typedef struct { const char *name; void *fn; } jit_cfunc;
void *jit_lookup_cfunc(const char *name);
/* Pending exception set by raising C functions, checked by guard_no_exception. */
extern int64_t jit_exc_value;

/* Heap objects allocated by traces (and the inputs to them). */
void *jit_heap_alloc(size_t n);
void jit_heap_reset(void);

/* Shared semantics helpers (used by the interpreter and compiled code). */
int64_t jit_helper_floordiv(int64_t a, int64_t b);
int64_t jit_helper_mod(int64_t a, int64_t b);
int64_t jit_helper_float_to_int(double d);
#endif
