/* jit_backend.c: lowers an optimized trace to x86-64. Walks the ops once, allocating
 * registers on the fly (jit_regalloc.c); guards branch to out-of-line stubs that store the
 * guard's live values into the frame and return the exit number to C, where the resume
 * description rebuilds virtuals. Bridges are attached by re-pointing a stub's final jump
 * to a trampoline that tail-calls the bridge. */
#include "jit_backend.h"
#include "jit_codemem.h"
#include "jit_regalloc.h"
#include <capstone.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  bool finish;
  int group;                 /* 0: loop or re-entry trace; k+1: bridge k */
  const jit_trace *t;
  const jit_op *op;
  int nleaves;
  int32_t *leaves;           /* value stored at frame[k] */
  uint8_t *jmp_rel;          /* stub's final "jmp epilogue" rel32, for bridge attachment */
} jit_exit;

typedef struct {
  uint8_t *mem; size_t len; char name[32];
  const jit_trace *t;        /* for --dump-asm: the trace and where each op's code starts */
  size_t *op_off;
  size_t stubs_off;          /* where the guards' failure paths start */
} jit_block;

struct jit_code {
  jit_exit *exits; int nexits, capexits;
  jit_block blocks[2 + 64]; int nblocks;
  uint8_t *loop_entry, *reentry_entry;
  int frame_words;
  int nbridges;
  int ninputs;
};

typedef struct { size_t at; int exitno; int nleaves; int32_t *leaves; jit_loc *locs; } jit_stub;
typedef struct { size_t at; uint8_t *target; } jit_fixup;

typedef struct {
  jit_code *code;
  jit_asm a;
  jit_ra ra;
  const jit_trace *t;
  int group;
  jit_stub *stubs; int nstubs, capstubs;
  jit_fixup fix[8]; int nfix;
  size_t sub_rsp_at;         /* imm32 of "sub rsp, N" */
  size_t loop_head;
  jit_loc *label_locs; int nlabel;
  size_t *epi_jumps; int nepi, capepi;
  int cur;
} jit_cg;

static int new_exit(jit_code *c, bool finish, int group, const jit_trace *t, const jit_op *op) {
  if (c->nexits == c->capexits) {
    c->capexits = c->capexits ? c->capexits * 2 : 64;
    c->exits = realloc(c->exits, sizeof(jit_exit) * c->capexits);
  }
  jit_exit *e = &c->exits[c->nexits];
  memset(e, 0, sizeof *e);
  e->finish = finish; e->group = group; e->t = t; e->op = op;
  return c->nexits++;
}

static void jmp_epilogue(jit_cg *g) {
  size_t at = jit_x86_jmp(&g->a);
  if (g->nepi == g->capepi) { g->capepi = g->capepi ? g->capepi * 2 : 64; g->epi_jumps = realloc(g->epi_jumps, sizeof(size_t) * g->capepi); }
  g->epi_jumps[g->nepi++] = at;
}

static void emit_prologue(jit_asm *a, size_t *sub_at) {
  jit_x86_push(a, JIT_RBP);
  jit_x86_mov_rr(a, JIT_RBP, JIT_RSP);
  jit_x86_push(a, JIT_RBX); jit_x86_push(a, JIT_R12); jit_x86_push(a, JIT_R13); jit_x86_push(a, JIT_R14); jit_x86_push(a, JIT_R15);
  /* sub rsp, imm32 (always the 4-byte form so it can be patched) */
  jit_asm_byte(a, 0x48); jit_asm_byte(a, 0x81); jit_asm_byte(a, 0xEC);
  *sub_at = a->len;
  jit_asm_u32(a, 0);
  jit_x86_store(a, jit_m(JIT_RBP, JIT_FRAMEPTR_OFF), JIT_RDI, 8);
}

static void emit_restore(jit_asm *a) {
  jit_x86_lea(a, JIT_RSP, jit_m(JIT_RBP, -40));
  jit_x86_pop(a, JIT_R15); jit_x86_pop(a, JIT_R14); jit_x86_pop(a, JIT_R13); jit_x86_pop(a, JIT_R12); jit_x86_pop(a, JIT_RBX);
  jit_x86_pop(a, JIT_RBP);
}

/* Stores values (at locs) to frame[0..n). Register sources first, then the rest through rax. */
static void store_frame(jit_asm *a, int n, const jit_loc *locs) {
  jit_x86_load(a, JIT_R11, jit_m(JIT_RBP, JIT_FRAMEPTR_OFF), 8);
  for (int k = 0; k < n; k++) {
    if (locs[k].kind == JIT_L_REG) jit_x86_store(a, jit_m(JIT_R11, 8 * k), locs[k].reg, 8);
    else if (locs[k].kind == JIT_L_XREG) jit_x86_movsd_store(a, jit_m(JIT_R11, 8 * k), locs[k].reg);
  }
  for (int k = 0; k < n; k++) {
    if (locs[k].kind == JIT_L_NONE) { fprintf(stderr, "jit: internal error: live value without a location\n"); abort(); }
    if (locs[k].kind == JIT_L_SLOT) {
      jit_x86_load(a, JIT_RAX, jit_slot_mem(locs[k].slot), 8);
      jit_x86_store(a, jit_m(JIT_R11, 8 * k), JIT_RAX, 8);
    } else if (locs[k].kind == JIT_L_CONST) {
      jit_x86_mov_ri(a, JIT_RAX, locs[k].imm);
      jit_x86_store(a, jit_m(JIT_R11, 8 * k), JIT_RAX, 8);
    }
  }
}

static void frame_need(jit_code *c, int n) { if (n > c->frame_words) c->frame_words = n; }

/* ---- guards ---- */
static void add_leaf(int32_t *leaves, int *n, int32_t v, const jit_trace *t) {
  if (v < 0 || t->vals[v].kind == JIT_V_CONST) return;
  for (int i = 0; i < *n; i++) if (leaves[i] == v) return;
  leaves[(*n)++] = v;
}

/* Emits the conditional jump to a new stub for guard op (jcc on condition cc = "fail"). */
static void guard_jump(jit_cg *g, const jit_op *op, int cc) {
  int cap = op->nfail + 1;
  for (int k = 0; k < op->nvirt; k++) cap += op->virts[k].n;
  int32_t *tmp = malloc(sizeof(int32_t) * cap);
  int n = 0;
  for (int i = 0; i < op->nfail; i++) add_leaf(tmp, &n, op->fail[i], g->t);
  for (int k = 0; k < op->nvirt; k++)
    for (int j = 0; j < op->virts[k].n; j++) add_leaf(tmp, &n, op->virts[k].items[j], g->t);
  if (g->nstubs == g->capstubs) { g->capstubs = g->capstubs ? g->capstubs * 2 : 64; g->stubs = realloc(g->stubs, sizeof(jit_stub) * g->capstubs); }
  jit_stub *s = &g->stubs[g->nstubs++];
  s->exitno = new_exit(g->code, false, g->group, g->t, op);
  s->nleaves = n;
  s->leaves = malloc(sizeof(int32_t) * (n ? n : 1));
  s->locs = malloc(sizeof(jit_loc) * (n ? n : 1));
  memcpy(s->leaves, tmp, sizeof(int32_t) * n);
  for (int i = 0; i < n; i++) s->locs[i] = jit_ra_loc(&g->ra, tmp[i]);
  jit_exit *e = &g->code->exits[s->exitno];
  e->nleaves = n;
  e->leaves = malloc(sizeof(int32_t) * (n ? n : 1));
  memcpy(e->leaves, tmp, sizeof(int32_t) * n);
  frame_need(g->code, n);
  frame_need(g->code, op->nfail);      /* a bridge's entry rebuilds the fail arguments in place */
  free(tmp);
  s->at = jit_x86_jcc(&g->a, cc);
}

static void emit_stubs(jit_cg *g) {
  for (int i = 0; i < g->nstubs; i++) {
    jit_stub *s = &g->stubs[i];
    jit_patch_rel32(&g->a, s->at, g->a.len);
    store_frame(&g->a, s->nleaves, s->locs);
    jit_x86_mov_ri(&g->a, JIT_RAX, s->exitno);
    size_t at = jit_x86_jmp(&g->a);
    s->at = at;            /* now: offset of the final jump's rel32 */
  }
}

/* ---- helpers for lowering ---- */
static bool is_const(jit_cg *g, int32_t v) { return g->t->vals[v].kind == JIT_V_CONST; }
static bool imm32_of(jit_cg *g, int32_t v, int32_t *imm) {
  const jit_value *x = &g->t->vals[v];
  if (x->kind != JIT_V_CONST || x->type == JIT_FLOAT) return false;
  if (x->c.i < INT32_MIN || x->c.i > INT32_MAX) return false;
  *imm = (int32_t)x->c.i;
  return true;
}
static bool dies(jit_cg *g, int32_t v) { return !is_const(g, v) && g->ra.last_use[v] <= g->cur; }

/* Result register: reuse the register of operand `reuse` if it dies here, else a fresh one.
 * Operand registers stay locked for the op, so a fresh register never clobbers an operand. */
static int result_reg(jit_cg *g, const jit_op *op, int32_t reuse) {
  bool fl = g->t->vals[op->res].type == JIT_FLOAT;
  int r = -1;
  if (reuse >= 0 && dies(g, reuse) && g->ra.reg[reuse] >= 0) r = g->ra.reg[reuse];
  jit_ra_free_dead(&g->ra, g->cur);
  if (r < 0) r = jit_ra_alloc(&g->ra, fl);
  jit_ra_assign(&g->ra, op->res, r);
  return r;
}

static void set_result_cc(jit_cg *g, const jit_op *op, int cc) {
  int r = result_reg(g, op, -1);
  jit_x86_setcc(&g->a, cc, r);
  jit_x86_movzx8(&g->a, r, r);
}

static int cmp_cc(int opc) {
  switch (opc) {
  case JIT_INT_LT: return JIT_CC_L; case JIT_INT_LE: return JIT_CC_LE; case JIT_INT_EQ: case JIT_PTR_EQ: return JIT_CC_E;
  case JIT_INT_NE: case JIT_PTR_NE: return JIT_CC_NE; case JIT_INT_GT: return JIT_CC_G; case JIT_INT_GE: return JIT_CC_GE;
  case JIT_UINT_LT: return JIT_CC_B; case JIT_UINT_LE: return JIT_CC_BE; case JIT_UINT_GT: return JIT_CC_A;
  case JIT_UINT_GE: return JIT_CC_AE;
  case JIT_FLOAT_LT: case JIT_FLOAT_GT: return JIT_CC_A;
  case JIT_FLOAT_LE: case JIT_FLOAT_GE: return JIT_CC_AE;
  }
  return -1;
}

/* Emits the flag-setting part of a comparison; returns the condition for "true" or -1 if the
 * comparison is not a single condition (float eq/ne, is_true/is_zero handled here too). */
static int emit_compare(jit_cg *g, const jit_op *op) {
  const int32_t *a = op->args;
  switch (op->opc) {
  case JIT_INT_IS_TRUE: case JIT_INT_IS_ZERO: {
    int r = jit_ra_use(&g->ra, a[0]);
    jit_x86_test_rr(&g->a, r, r);
    return op->opc == JIT_INT_IS_TRUE ? JIT_CC_NE : JIT_CC_E;
  }
  case JIT_FLOAT_LT: case JIT_FLOAT_LE: case JIT_FLOAT_GT: case JIT_FLOAT_GE: case JIT_FLOAT_EQ: case JIT_FLOAT_NE: {
    int x = jit_ra_use(&g->ra, a[0]), y = jit_ra_use(&g->ra, a[1]);
    if (op->opc == JIT_FLOAT_LT || op->opc == JIT_FLOAT_LE) jit_x86_ucomisd(&g->a, y, x);
    else jit_x86_ucomisd(&g->a, x, y);
    return cmp_cc(op->opc);
  }
  default: {
    int32_t imm = 0;
    int x = jit_ra_use(&g->ra, a[0]);
    if (imm32_of(g, a[1], &imm)) jit_x86_alu_ri(&g->a, JIT_ALU_CMP, x, imm);
    else jit_x86_alu_rr(&g->a, JIT_ALU_CMP, x, jit_ra_use(&g->ra, a[1]));
    return cmp_cc(op->opc);
  }
  }
}

/* Can the comparison at i be fused into the guard at i+1? */
static bool fusable(jit_cg *g, int i) {
  const jit_trace *t = g->t;
  const jit_op *op = &t->ops[i];
  if (!(jit_opinfos[op->opc].flags & JIT_F_CMP) || op->opc == JIT_FLOAT_EQ || op->opc == JIT_FLOAT_NE) return false;
  if (i + 1 >= t->nops) return false;
  const jit_op *nx = &t->ops[i + 1];
  if (nx->opc != JIT_GUARD_TRUE && nx->opc != JIT_GUARD_FALSE) return false;
  if (nx->args[0] != op->res || g->ra.last_use[op->res] != i + 1) return false;
  for (int k = 0; k < nx->nfail; k++) if (nx->fail[k] == op->res) return false;
  for (int k = 0; k < nx->nvirt; k++)
    for (int j = 0; j < nx->virts[k].n; j++) if (nx->virts[k].items[j] == op->res) return false;
  return true;
}

static void emit_call(jit_cg *g, void *fn, int n, const int32_t *vals, const int64_t *imms, const jit_type *types,
                      int32_t res) {
  static const int iregs[6] = {JIT_RDI, JIT_RSI, JIT_RDX, JIT_RCX, JIT_R8, JIT_R9};
  jit_ra_before_call(&g->ra, g->cur);
  jit_loc src[16], dst[16];
  int ni = 0, nf = 0;
  for (int i = 0; i < n; i++) {
    if (vals[i] >= 0) src[i] = jit_ra_loc(&g->ra, vals[i]);
    else { memset(&src[i], 0, sizeof src[i]); src[i].kind = JIT_L_CONST; src[i].imm = imms[i]; }
    memset(&dst[i], 0, sizeof dst[i]);
    if (types[i] == JIT_FLOAT) { dst[i].kind = JIT_L_XREG; dst[i].reg = (int8_t)nf++; }
    else { dst[i].kind = JIT_L_REG; dst[i].reg = (int8_t)iregs[ni++]; }
  }
  jit_parallel_move(&g->a, src, dst, n);
  jit_x86_mov_ri(&g->a, JIT_R11, (int64_t)(intptr_t)fn);
  jit_x86_call_r(&g->a, JIT_R11);
  jit_ra_after_call(&g->ra);
  jit_ra_free_dead(&g->ra, g->cur);
  if (res >= 0) {
    bool fl = g->t->vals[res].type == JIT_FLOAT;
    jit_ra_assign(&g->ra, res, fl ? 0 : JIT_RAX);
  }
}

static jit_mem array_mem(jit_cg *g, int base, int32_t idx, int itemsize) {
  int32_t imm = 0;
  if (imm32_of(g, idx, &imm) && (int64_t)imm * itemsize + 8 <= INT32_MAX && (int64_t)imm * itemsize >= INT32_MIN + 8)
    return jit_m(base, 8 + imm * itemsize);
  int ri = jit_ra_use(&g->ra, idx);
  return jit_mi(base, ri, itemsize, 8);
}

static void emit_load(jit_cg *g, int r, jit_mem m, jit_type ty, int size) {
  if (ty == JIT_FLOAT) jit_x86_movsd_load(&g->a, r, m);
  else jit_x86_load(&g->a, r, m, ty == JIT_INT ? size : 8);
}

static void emit_store(jit_cg *g, jit_mem m, int32_t v, jit_type ty, int size) {
  int32_t imm = 0;
  if (ty == JIT_FLOAT) { jit_x86_movsd_store(&g->a, m, jit_ra_use(&g->ra, v)); return; }
  if (size == 8 && imm32_of(g, v, &imm)) { jit_x86_store_imm(&g->a, m, imm); return; }
  jit_x86_store(&g->a, m, jit_ra_use(&g->ra, v), ty == JIT_INT ? size : 8);
}

static int64_t helper_floordiv(int64_t a, int64_t b) { return jit_helper_floordiv(a, b); }
static int64_t helper_mod(int64_t a, int64_t b) { return jit_helper_mod(a, b); }

/* Integer binary op: two-address form with immediate when possible. */
static void emit_int_binop(jit_cg *g, const jit_op *op) {
  int32_t x = op->args[0], y = op->args[1];
  int alu = -1; bool comm = false;
  switch (op->opc) {
  case JIT_INT_ADD: case JIT_INT_ADD_OVF: alu = JIT_ALU_ADD; comm = true; break;
  case JIT_INT_SUB: case JIT_INT_SUB_OVF: alu = JIT_ALU_SUB; break;
  case JIT_INT_AND: alu = JIT_ALU_AND; comm = true; break;
  case JIT_INT_OR: alu = JIT_ALU_OR; comm = true; break;
  case JIT_INT_XOR: alu = JIT_ALU_XOR; comm = true; break;
  case JIT_INT_MUL: case JIT_INT_MUL_OVF: comm = true; break;
  }
  int32_t imm = 0;
  if (comm && is_const(g, x) && !is_const(g, y)) { int32_t t = x; x = y; y = t; }
  if (comm && !is_const(g, y) && !dies(g, x) && dies(g, y)) { int32_t t = x; x = y; y = t; }
  bool useimm = imm32_of(g, y, &imm);
  int ry = -1;
  if (!useimm) ry = jit_ra_use(&g->ra, y);
  int r;
  if (is_const(g, x)) {
    r = result_reg(g, op, -1);
    jit_x86_mov_ri(&g->a, r, g->t->vals[x].c.i);
  } else {
    int rx = jit_ra_use(&g->ra, x);
    r = result_reg(g, op, x);
    if (r == ry && r != rx) {     /* cannot happen: ry is locked unless it died and was reused */
      fprintf(stderr, "jit: internal error: result register clobbers operand\n"); abort();
    }
    if (r != rx) jit_x86_mov_rr(&g->a, r, rx);
  }
  if (alu >= 0) {
    if (useimm) jit_x86_alu_ri(&g->a, alu, r, imm); else jit_x86_alu_rr(&g->a, alu, r, ry);
  } else {
    if (useimm) jit_x86_imul_rri(&g->a, r, r, imm); else jit_x86_imul_rr(&g->a, r, ry);
  }
}

static void emit_shift(jit_cg *g, const jit_op *op) {
  int sh = op->opc == JIT_INT_LSHIFT ? JIT_SHIFT_SHL : op->opc == JIT_INT_RSHIFT ? JIT_SHIFT_SAR : JIT_SHIFT_SHR;
  int32_t x = op->args[0], y = op->args[1], imm = 0;
  if (imm32_of(g, y, &imm)) {
    int r;
    if (is_const(g, x)) { r = result_reg(g, op, -1); jit_x86_mov_ri(&g->a, r, g->t->vals[x].c.i); }
    else { int rx = jit_ra_use(&g->ra, x); r = result_reg(g, op, x); if (r != rx) jit_x86_mov_rr(&g->a, r, rx); }
    jit_x86_shift_ri(&g->a, sh, r, (uint8_t)(imm & 63));
    return;
  }
  jit_ra_force(&g->ra, y, JIT_RCX);
  int r;
  if (is_const(g, x)) { r = result_reg(g, op, -1); jit_x86_mov_ri(&g->a, r, g->t->vals[x].c.i); }
  else {
    int rx = jit_ra_use(&g->ra, x);
    r = (rx != JIT_RCX) ? result_reg(g, op, x) : result_reg(g, op, -1);
    if (r != rx) jit_x86_mov_rr(&g->a, r, rx);
  }
  if (r == JIT_RCX) { fprintf(stderr, "jit: internal error: shift result in rcx\n"); abort(); }
  jit_x86_shift_cl(&g->a, sh, r);
}

static void emit_float_binop(jit_cg *g, const jit_op *op) {
  int sse = op->opc == JIT_FLOAT_ADD ? JIT_SSE_ADD : op->opc == JIT_FLOAT_SUB ? JIT_SSE_SUB
          : op->opc == JIT_FLOAT_MUL ? JIT_SSE_MUL : JIT_SSE_DIV;
  int32_t x = op->args[0], y = op->args[1];
  int ry = jit_ra_use(&g->ra, y);
  int rx = jit_ra_use(&g->ra, x);
  int r = result_reg(g, op, is_const(g, x) ? -1 : x);
  if (r == ry && r != rx) { jit_x86_movsd_rr(&g->a, 15, ry); ry = 15; }
  if (r != rx) jit_x86_movsd_rr(&g->a, r, rx);
  jit_x86_sse_rr(&g->a, sse, r, ry);
}

static void emit_label(jit_cg *g, const jit_op *op) {
  int n = op->nargs;
  jit_loc *src = malloc(sizeof(jit_loc) * (n ? n : 1));
  g->label_locs = malloc(sizeof(jit_loc) * (n ? n : 1));
  g->nlabel = n;
  uint32_t claimed = 0, xclaimed = 0;
  for (int i = 0; i < n; i++) src[i] = jit_ra_loc(&g->ra, op->args[i]);
  /* first pass: params keep their argument's register when it is not taken */
  for (int i = 0; i < n; i++) {
    jit_loc *d = &g->label_locs[i];
    d->kind = JIT_L_NONE;
    if (src[i].kind == JIT_L_REG && !(claimed & (1u << src[i].reg))) { *d = src[i]; claimed |= 1u << src[i].reg; }
    else if (src[i].kind == JIT_L_XREG && !(xclaimed & (1u << src[i].reg))) { *d = src[i]; xclaimed |= 1u << src[i].reg; }
  }
  static const int gp[] = {JIT_RBX, JIT_R12, JIT_R13, JIT_R14, JIT_R15, JIT_RAX, JIT_RCX, JIT_RDX, JIT_RSI, JIT_RDI, JIT_R8, JIT_R9, JIT_R10};
  for (int i = 0; i < n; i++) {
    jit_loc *d = &g->label_locs[i];
    if (d->kind != JIT_L_NONE) continue;
    bool fl = g->t->vals[op->params[i]].type == JIT_FLOAT;
    memset(d, 0, sizeof *d);
    if (fl) {
      for (int r = 0; r < 15; r++) if (!(xclaimed & (1u << r))) { d->kind = JIT_L_XREG; d->reg = (int8_t)r; xclaimed |= 1u << r; break; }
    } else {
      for (int k = 0; k < 13; k++) if (!(claimed & (1u << gp[k]))) { d->kind = JIT_L_REG; d->reg = (int8_t)gp[k]; claimed |= 1u << gp[k]; break; }
    }
    if (d->kind == JIT_L_NONE) { d->kind = JIT_L_SLOT; d->slot = jit_ra_new_slot(&g->ra); d->reg = fl; }
  }
  jit_parallel_move(&g->a, src, g->label_locs, n);
  free(src);
  for (int r = 0; r < 16; r++) {
    if (g->ra.owner[r] >= 0) g->ra.reg[g->ra.owner[r]] = -1;
    if (g->ra.xowner[r] >= 0) g->ra.reg[g->ra.xowner[r]] = -1;
    g->ra.owner[r] = g->ra.xowner[r] = -1;
  }
  for (int i = 0; i < n; i++) {
    int32_t p = op->params[i];
    jit_loc d = g->label_locs[i];
    if (d.kind == JIT_L_SLOT) { g->ra.slot[p] = d.slot; g->ra.slot_valid[p] = true; }
    else jit_ra_assign(&g->ra, p, d.reg);
  }
  g->loop_head = g->a.len;
}

static void emit_jump(jit_cg *g, const jit_op *op) {
  int n = op->nargs;
  jit_loc *src = malloc(sizeof(jit_loc) * (n ? n : 1));
  for (int i = 0; i < n; i++) src[i] = jit_ra_loc(&g->ra, op->args[i]);
  if (g->group == 0) {
    jit_parallel_move(&g->a, src, g->label_locs, n);
    jit_x86_jmp_to(&g->a, g->loop_head);
  } else {
    /* bridge: values to the frame, then tail-call the loop's re-entry trace */
    store_frame(&g->a, n, src);
    frame_need(g->code, n);
    jit_x86_load(&g->a, JIT_RDI, jit_m(JIT_RBP, JIT_FRAMEPTR_OFF), 8);
    emit_restore(&g->a);
    size_t at = jit_x86_jmp(&g->a);
    g->fix[g->nfix].at = at;
    g->fix[g->nfix++].target = g->code->reentry_entry;
  }
  free(src);
}

static void emit_finish(jit_cg *g, const jit_op *op) {
  int n = op->nargs;
  jit_loc *src = malloc(sizeof(jit_loc) * (n ? n : 1));
  for (int i = 0; i < n; i++) src[i] = jit_ra_loc(&g->ra, op->args[i]);
  store_frame(&g->a, n, src);
  frame_need(g->code, n);
  int e = new_exit(g->code, true, g->group, g->t, op);
  jit_x86_mov_ri(&g->a, JIT_RAX, e);
  jmp_epilogue(g);
  free(src);
}

static int negate_cc(int cc) { return cc ^ 1; }

static void emit_guard(jit_cg *g, const jit_op *op, int fused_cc) {
  const int32_t *a = op->args;
  int32_t imm = 0;
  int failcc;
  switch (op->opc) {
  case JIT_GUARD_TRUE: case JIT_GUARD_FALSE:
    if (fused_cc >= 0) failcc = op->opc == JIT_GUARD_TRUE ? negate_cc(fused_cc) : fused_cc;
    else {
      int r = jit_ra_use(&g->ra, a[0]);
      jit_x86_test_rr(&g->a, r, r);
      failcc = op->opc == JIT_GUARD_TRUE ? JIT_CC_E : JIT_CC_NE;
    }
    break;
  case JIT_GUARD_VALUE: {
    int r = jit_ra_use(&g->ra, a[0]);
    if (imm32_of(g, a[1], &imm)) jit_x86_alu_ri(&g->a, JIT_ALU_CMP, r, imm);
    else jit_x86_alu_rr(&g->a, JIT_ALU_CMP, r, jit_ra_use(&g->ra, a[1]));
    failcc = JIT_CC_NE;
    break;
  }
  case JIT_GUARD_CLASS: {
    int r = jit_ra_use(&g->ra, a[0]);
    if (imm32_of(g, a[1], &imm)) jit_x86_alu_mi(&g->a, JIT_ALU_CMP, jit_m(r, 0), imm);
    else {
      int rv = jit_ra_use(&g->ra, a[1]);
      jit_x86_load(&g->a, JIT_R11, jit_m(r, 0), 8);
      jit_x86_alu_rr(&g->a, JIT_ALU_CMP, JIT_R11, rv);
    }
    failcc = JIT_CC_NE;
    break;
  }
  case JIT_GUARD_NONNULL: case JIT_GUARD_ISNULL: {
    int r = jit_ra_use(&g->ra, a[0]);
    jit_x86_test_rr(&g->a, r, r);
    failcc = op->opc == JIT_GUARD_NONNULL ? JIT_CC_E : JIT_CC_NE;
    break;
  }
  case JIT_GUARD_NO_OVERFLOW: failcc = JIT_CC_O; break;
  case JIT_GUARD_OVERFLOW: failcc = JIT_CC_NO; break;
  case JIT_GUARD_NO_EXCEPTION:
    jit_x86_mov_ri(&g->a, JIT_R11, (int64_t)(intptr_t)&jit_exc_value);
    jit_x86_alu_mi(&g->a, JIT_ALU_CMP, jit_m(JIT_R11, 0), 0);
    failcc = JIT_CC_NE;
    break;
  default: return;
  }
  guard_jump(g, op, failcc);
}

static bool has_effect(const jit_op *op) {
  int f = jit_opinfos[op->opc].flags;
  if (f & (JIT_F_GUARD | JIT_F_OVF)) return true;
  switch (op->opc) {
  case JIT_SETFIELD: case JIT_SETARRAYITEM: case JIT_CALL_I: case JIT_CALL_F: case JIT_CALL_R: case JIT_CALL_N:
  case JIT_LABEL: case JIT_JUMP: case JIT_FINISH:
    return true;
  }
  return false;
}

static void lower_op(jit_cg *g, int i, int *fused_cc) {
  const jit_op *op = &g->t->ops[i];
  const int32_t *a = op->args;
  g->cur = i;
  jit_ra_unlock(&g->ra);
  if (!has_effect(op) && op->res >= 0 && g->ra.last_use[op->res] < 0) return;   /* dead */
  int r;
  switch (op->opc) {
  case JIT_INT_ADD: case JIT_INT_SUB: case JIT_INT_MUL: case JIT_INT_AND: case JIT_INT_OR: case JIT_INT_XOR:
  case JIT_INT_ADD_OVF: case JIT_INT_SUB_OVF: case JIT_INT_MUL_OVF:
    emit_int_binop(g, op); break;
  case JIT_INT_LSHIFT: case JIT_INT_RSHIFT: case JIT_UINT_RSHIFT: emit_shift(g, op); break;
  case JIT_INT_FLOORDIV: case JIT_INT_MOD: {
    jit_type ty[2] = {JIT_INT, JIT_INT};
    int64_t imms[2] = {0, 0};
    emit_call(g, op->opc == JIT_INT_FLOORDIV ? (void *)helper_floordiv : (void *)helper_mod, 2, a, imms, ty, op->res);
    break;
  }
  case JIT_INT_NEG: case JIT_INT_INVERT: {
    int rx = jit_ra_use(&g->ra, a[0]);
    r = result_reg(g, op, a[0]);
    if (r != rx) jit_x86_mov_rr(&g->a, r, rx);
    if (op->opc == JIT_INT_NEG) jit_x86_neg(&g->a, r); else jit_x86_not(&g->a, r);
    break;
  }
  case JIT_SAME_AS_I: case JIT_SAME_AS_R: case JIT_SAME_AS_F: {
    jit_loc s = jit_ra_loc(&g->ra, a[0]);
    if (s.kind == JIT_L_REG || s.kind == JIT_L_XREG) jit_ra_use(&g->ra, a[0]);
    r = result_reg(g, op, a[0]);
    jit_loc d = {0};
    d.kind = op->opc == JIT_SAME_AS_F ? JIT_L_XREG : JIT_L_REG; d.reg = (int8_t)r;
    jit_move_loc(&g->a, s, d);
    break;
  }
  case JIT_FLOAT_ADD: case JIT_FLOAT_SUB: case JIT_FLOAT_MUL: case JIT_FLOAT_TRUEDIV: emit_float_binop(g, op); break;
  case JIT_FLOAT_NEG: case JIT_FLOAT_ABS: {
    int rx = jit_ra_use(&g->ra, a[0]);
    r = result_reg(g, op, a[0]);
    if (r != rx) jit_x86_movsd_rr(&g->a, r, rx);
    jit_x86_mov_ri(&g->a, JIT_R11, op->opc == JIT_FLOAT_NEG ? INT64_MIN : INT64_MAX);
    jit_x86_movq_xr(&g->a, 15, JIT_R11);
    if (op->opc == JIT_FLOAT_NEG) jit_x86_xorpd(&g->a, r, 15); else jit_x86_andpd(&g->a, r, 15);
    break;
  }
  case JIT_CAST_INT_TO_FLOAT: {
    int rx = jit_ra_use(&g->ra, a[0]);
    r = result_reg(g, op, -1);
    jit_x86_xorpd(&g->a, r, r);
    jit_x86_cvtsi2sd(&g->a, r, rx);
    break;
  }
  case JIT_CAST_FLOAT_TO_INT: {
    int rx = jit_ra_use(&g->ra, a[0]);
    r = result_reg(g, op, -1);
    jit_x86_cvttsd2si(&g->a, r, rx);
    break;
  }
  case JIT_FLOAT_EQ: case JIT_FLOAT_NE: {
    emit_compare(g, op);
    r = result_reg(g, op, -1);
    if (op->opc == JIT_FLOAT_EQ) { jit_x86_setcc(&g->a, JIT_CC_E, r); jit_x86_setcc(&g->a, JIT_CC_NP, JIT_R11); jit_x86_alu_rr(&g->a, JIT_ALU_AND, r, JIT_R11); }
    else { jit_x86_setcc(&g->a, JIT_CC_NE, r); jit_x86_setcc(&g->a, JIT_CC_P, JIT_R11); jit_x86_alu_rr(&g->a, JIT_ALU_OR, r, JIT_R11); }
    jit_x86_movzx8(&g->a, r, r);
    break;
  }
  case JIT_GUARD_TRUE: case JIT_GUARD_FALSE: case JIT_GUARD_VALUE: case JIT_GUARD_CLASS: case JIT_GUARD_NONNULL:
  case JIT_GUARD_ISNULL: case JIT_GUARD_NO_OVERFLOW: case JIT_GUARD_OVERFLOW: case JIT_GUARD_NO_EXCEPTION:
    emit_guard(g, op, *fused_cc);
    *fused_cc = -1;
    break;
  case JIT_GETFIELD_I: case JIT_GETFIELD_F: case JIT_GETFIELD_R: {
    const jit_field *fd = op->descr;
    int rb = jit_ra_use(&g->ra, a[0]);
    r = result_reg(g, op, fd->type == JIT_FLOAT ? -1 : a[0]);
    emit_load(g, r, jit_m(rb, fd->offset), fd->type, fd->size);
    break;
  }
  case JIT_SETFIELD: {
    const jit_field *fd = op->descr;
    int rb = jit_ra_use(&g->ra, a[0]);
    emit_store(g, jit_m(rb, fd->offset), a[1], fd->type, fd->size);
    break;
  }
  case JIT_GETARRAYITEM_I: case JIT_GETARRAYITEM_F: case JIT_GETARRAYITEM_R: {
    const jit_array *ad = op->descr;
    int rb = jit_ra_use(&g->ra, a[0]);
    jit_mem m = array_mem(g, rb, a[1], ad->itemsize);
    r = result_reg(g, op, ad->type == JIT_FLOAT ? -1 : a[0]);
    emit_load(g, r, m, ad->type, ad->itemsize);
    break;
  }
  case JIT_SETARRAYITEM: {
    const jit_array *ad = op->descr;
    int rb = jit_ra_use(&g->ra, a[0]);
    jit_mem m = array_mem(g, rb, a[1], ad->itemsize);
    emit_store(g, m, a[2], ad->type, ad->itemsize);
    break;
  }
  case JIT_ARRAYLEN: {
    int rb = jit_ra_use(&g->ra, a[0]);
    r = result_reg(g, op, a[0]);
    jit_x86_load(&g->a, r, jit_m(rb, 0), 8);
    break;
  }
  case JIT_NEW: case JIT_NEW_WITH_VTABLE: {
    int64_t imms[1] = {(int64_t)(intptr_t)op->descr};
    int32_t vals[1] = {-1};
    jit_type ty[1] = {JIT_INT};
    emit_call(g, (void *)jit_new_struct, 1, vals, imms, ty, op->res);
    break;
  }
  case JIT_NEW_ARRAY: {
    int64_t imms[2] = {(int64_t)(intptr_t)op->descr, 0};
    int32_t vals[2] = {-1, a[0]};
    jit_type ty[2] = {JIT_INT, JIT_INT};
    emit_call(g, (void *)jit_new_array, 2, vals, imms, ty, op->res);
    break;
  }
  case JIT_CALL_I: case JIT_CALL_F: case JIT_CALL_R: case JIT_CALL_N: {
    const jit_calldescr *c = op->descr;
    int64_t imms[8] = {0};
    emit_call(g, c->fn, op->nargs, a, imms, c->args, op->res);
    break;
  }
  case JIT_LABEL: emit_label(g, op); break;
  case JIT_JUMP: emit_jump(g, op); break;
  case JIT_FINISH: emit_finish(g, op); break;
  default:
    if (jit_opinfos[op->opc].flags & JIT_F_CMP) {
      int cc = emit_compare(g, op);
      if (fusable(g, i)) { *fused_cc = cc; jit_ra_free_dead(&g->ra, i); return; }
      set_result_cc(g, op, cc);
    }
    break;
  }
  jit_ra_free_dead(&g->ra, i);
  if (op->res >= 0 && g->ra.last_use[op->res] <= i && g->ra.reg[op->res] >= 0) {
    bool fl = g->t->vals[op->res].type == JIT_FLOAT;
    if (fl) g->ra.xowner[g->ra.reg[op->res]] = -1; else g->ra.owner[g->ra.reg[op->res]] = -1;
    g->ra.reg[op->res] = -1;
  }
}

/* Called by a bridge's entry: turns the stored leaves of the exit into the guard's original
 * fail arguments (rebuilding virtuals) in frame[0..n). */
static int64_t exit_leaf(void *ctx, int32_t v);
typedef struct { const jit_exit *e; const int64_t *saved; } jit_leafctx;
static int64_t exit_leaf(void *ctx, int32_t v) {
  jit_leafctx *c = ctx;
  const jit_value *x = &c->e->t->vals[v];
  if (x->kind == JIT_V_CONST) return x->c.i;
  for (int i = 0; i < c->e->nleaves; i++) if (c->e->leaves[i] == v) return c->saved[i];
  return 0;
}

static void bridge_prepare(int64_t *frame, int64_t exitno, jit_code *code) {
  const jit_exit *e = &code->exits[exitno];
  int64_t *saved = malloc(8 * (e->nleaves + 1));
  memcpy(saved, frame, 8 * e->nleaves);
  jit_leafctx c = { e, saved };
  jit_type *types = malloc(sizeof(jit_type) * (e->op->nfail + 1));
  jit_resume_values(e->t, e->op, exit_leaf, &c, frame, types);
  free(types);
  free(saved);
}

static uint8_t *place(jit_cg *g, const char *name) {
  jit_code *c = g->code;
  uint8_t *mem = jit_codemem_reserve(g->a.len);
  if (!mem) return NULL;
  for (int i = 0; i < g->nfix; i++) {
    int32_t rel = (int32_t)(g->fix[i].target - (mem + g->fix[i].at + 4));
    memcpy(g->a.buf + g->fix[i].at, &rel, 4);
  }
  memcpy(mem, g->a.buf, g->a.len);
  if (jit_codemem_seal(mem, g->a.len)) return NULL;
  jit_block *b = &c->blocks[c->nblocks++];
  b->mem = mem; b->len = g->a.len;
  snprintf(b->name, sizeof b->name, "%s", name);
  return mem;
}

/* Compiles one trace into a block; returns its entry or NULL. */
static uint8_t *compile_trace(jit_code *c, const jit_trace *t, int group, const char *name, char *err, size_t errlen,
                              jit_cg *gout) {
  jit_cg *g = gout;
  memset(g, 0, sizeof *g);
  g->code = c; g->t = t; g->group = group;
  jit_asm_init(&g->a);
  jit_ra_init(&g->ra, &g->a, t, 1);
  emit_prologue(&g->a, &g->sub_rsp_at);
  if (t->bridge_of >= 0) {
    /* rdi = frame, rsi = exit number, rdx = code (set by the trampoline) */
    jit_x86_mov_ri(&g->a, JIT_R11, (int64_t)(intptr_t)bridge_prepare);
    jit_x86_call_r(&g->a, JIT_R11);
  }
  /* inputs: those that do not get a register are copied to slots first (through rax) */
  frame_need(c, t->ninputs);
  int ngp = 0, nxmm = 0;
  static const int gp[] = {JIT_RBX, JIT_R12, JIT_R13, JIT_R14, JIT_R15, JIT_RAX, JIT_RCX, JIT_RDX, JIT_RSI, JIT_RDI, JIT_R8, JIT_R9, JIT_R10};
  jit_x86_load(&g->a, JIT_R11, jit_m(JIT_RBP, JIT_FRAMEPTR_OFF), 8);
  int *where = malloc(sizeof(int) * (t->ninputs + 1));
  for (int i = 0; i < t->ninputs; i++) {
    int32_t v = t->inputs[i];
    where[i] = -2;
    if (g->ra.last_use[v] < 0) continue;
    bool fl = t->vals[v].type == JIT_FLOAT;
    if (fl ? nxmm < 15 : ngp < 13) { where[i] = fl ? nxmm++ : gp[ngp++]; continue; }
    where[i] = -1;
    g->ra.slot[v] = jit_ra_new_slot(&g->ra);
    g->ra.slot_valid[v] = true;
    jit_x86_load(&g->a, JIT_RAX, jit_m(JIT_R11, 8 * i), 8);
    jit_x86_store(&g->a, jit_slot_mem(g->ra.slot[v]), JIT_RAX, 8);
  }
  for (int i = 0; i < t->ninputs; i++) {
    int32_t v = t->inputs[i];
    if (where[i] < 0) continue;
    if (t->vals[v].type == JIT_FLOAT) jit_x86_movsd_load(&g->a, where[i], jit_m(JIT_R11, 8 * i));
    else jit_x86_load(&g->a, where[i], jit_m(JIT_R11, 8 * i), 8);
    jit_ra_assign(&g->ra, v, where[i]);
  }
  free(where);
  int fused = -1;
  size_t *op_off = malloc(sizeof(size_t) * (t->nops + 1));
  for (int i = 0; i < t->nops; i++) { op_off[i] = g->a.len; lower_op(g, i, &fused); }
  size_t stubs_off = g->a.len;
  emit_stubs(g);
  size_t epi = g->a.len;
  emit_restore(&g->a);
  jit_x86_ret(&g->a);
  for (int i = 0; i < g->nepi; i++) jit_patch_rel32(&g->a, g->epi_jumps[i], epi);
  for (int i = 0; i < g->nstubs; i++) jit_patch_rel32(&g->a, g->stubs[i].at, epi);
  /* frame: 8 (frame pointer) + 8 per slot, keeping rsp 16-byte aligned */
  uint32_t fs = 8 + 8 * (uint32_t)g->ra.nslots;
  if (fs % 16 != 8) fs += 8;
  memcpy(g->a.buf + g->sub_rsp_at, &fs, 4);
  uint8_t *mem = place(g, name);
  if (mem) {
    jit_block *blk = &c->blocks[c->nblocks - 1];
    blk->t = t; blk->op_off = op_off; blk->stubs_off = stubs_off;
  }
  else free(op_off);
  if (!mem) snprintf(err, errlen, "jit: cannot map code memory");
  else for (int i = 0; i < g->nstubs; i++) c->exits[g->stubs[i].exitno].jmp_rel = mem + g->stubs[i].at;
  for (int i = 0; i < g->nstubs; i++) { free(g->stubs[i].leaves); free(g->stubs[i].locs); }
  free(g->stubs); free(g->epi_jumps); free(g->label_locs);
  jit_ra_free(&g->ra);
  jit_asm_free(&g->a);
  return mem;
}

jit_code *jit_compile(const jit_trace *loop, const jit_trace *reentry, char *err, size_t errlen) {
  jit_code *c = calloc(1, sizeof *c);
  jit_cg g;
  if (reentry) {
    c->reentry_entry = compile_trace(c, reentry, 0, "re-entry", err, errlen, &g);
    if (!c->reentry_entry) { jit_code_free(c); return NULL; }
  }
  c->ninputs = loop->ninputs;
  c->loop_entry = compile_trace(c, loop, 0, "loop", err, errlen, &g);
  if (!c->loop_entry) { jit_code_free(c); return NULL; }
  return c;
}

int jit_attach_bridge(jit_code *c, const jit_trace *b, char *err, size_t errlen) {
  if (c->nblocks >= (int)(sizeof c->blocks / sizeof c->blocks[0]) - 1) { snprintf(err, errlen, "jit: too many bridges"); return -1; }
  for (int i = 0; i < b->nops; i++)
    if (b->ops[i].opc == JIT_JUMP && !c->reentry_entry) { snprintf(err, errlen, "jit: bridge jumps but the loop has no re-entry trace"); return -1; }
  char name[32];
  snprintf(name, sizeof name, "bridge %d", c->nbridges);
  jit_cg g;
  int group = ++c->nbridges;
  int nexits_before = c->nexits;
  uint8_t *entry = compile_trace(c, b, group, name, err, errlen, &g);
  if (!entry) return -1;
  /* one trampoline block per bridge: for each exit of the guard, set up the call and tail-jump */
  jit_asm a; jit_asm_init(&a);
  size_t *starts = malloc(sizeof(size_t) * (nexits_before + 1));
  int *which = malloc(sizeof(int) * (nexits_before + 1));
  int n = 0;
  for (int e = 0; e < nexits_before; e++) {
    jit_exit *x = &c->exits[e];
    if (x->finish || x->group != b->bridge_parent + 1 || x->op->guard_id != b->bridge_of) continue;
    starts[n] = a.len; which[n++] = e;
    jit_x86_load(&a, JIT_RDI, jit_m(JIT_RBP, JIT_FRAMEPTR_OFF), 8);
    jit_x86_mov_ri(&a, JIT_RSI, e);
    jit_x86_mov_ri(&a, JIT_RDX, (int64_t)(intptr_t)c);
    emit_restore(&a);
    jit_asm_byte(&a, 0xE9);
    int32_t rel = 0;   /* fixed after placement */
    jit_asm_u32(&a, (uint32_t)rel);
  }
  if (n == 0) {   /* the optimizer proved the guard never fails: nothing to attach */
    jit_asm_free(&a); free(starts); free(which);
    return 0;
  }
  uint8_t *mem = jit_codemem_reserve(a.len);
  if (!mem) { jit_asm_free(&a); free(starts); free(which); snprintf(err, errlen, "jit: cannot map code memory"); return -1; }
  for (int k = 0; k < n; k++) {
    size_t end = (k + 1 < n ? starts[k + 1] : a.len);
    int32_t rel = (int32_t)(entry - (mem + end));
    memcpy(a.buf + end - 4, &rel, 4);
  }
  memcpy(mem, a.buf, a.len);
  jit_codemem_seal(mem, a.len);
  jit_block *blk = &c->blocks[c->nblocks++];
  blk->mem = mem; blk->len = a.len;
  snprintf(blk->name, sizeof blk->name, "trampolines %d", group - 1);
  for (int k = 0; k < n; k++) {
    jit_exit *x = &c->exits[which[k]];
    int32_t rel = (int32_t)((mem + starts[k]) - (x->jmp_rel + 4));
    if (jit_codemem_patch(x->jmp_rel, &rel, 4)) { snprintf(err, errlen, "jit: cannot patch guard"); return -1; }
  }
  jit_asm_free(&a); free(starts); free(which);
  return 0;
}

void jit_code_run(jit_code *c, const int64_t *inputs, jit_result *r) {
  memset(r, 0, sizeof *r);
  int64_t *frame = calloc((size_t)c->frame_words + 16, 8);
  memcpy(frame, inputs, 8 * (size_t)c->ninputs);
  jit_exc_value = 0;
  int64_t (*fn)(int64_t *) = (int64_t (*)(int64_t *))(void *)c->loop_entry;
  int64_t e = fn(frame);
  const jit_exit *x = &c->exits[e];
  r->trace = x->group;
  if (x->finish) {
    r->kind = JIT_EXIT_FINISH;
    r->nvals = x->op->nargs;
    for (int i = 0; i < x->op->nargs; i++) { r->vals[i] = frame[i]; r->types[i] = x->t->vals[x->op->args[i]].type; }
  } else {
    r->kind = JIT_EXIT_GUARD;
    r->guard_id = x->op->guard_id;
    r->nvals = x->op->nfail;
    jit_leafctx lc = { x, frame };
    jit_resume_values(x->t, x->op, exit_leaf, &lc, r->vals, r->types);
  }
  r->exc = jit_exc_value;
  free(frame);
}

size_t jit_code_size(jit_code *c) {
  size_t n = 0;
  for (int i = 0; i < c->nblocks; i++) n += c->blocks[i].len;
  return n;
}

/* The printed trace, one line per op (line 0 is the input list). */
static char **trace_lines(const jit_trace *t, char **buf) {
  size_t len;
  FILE *m = open_memstream(buf, &len);
  jit_print_trace(m, t);
  fclose(m);
  char **lines = calloc(t->nops + 2, sizeof(char *));
  char *p = *buf;
  for (int i = 0; i <= t->nops && p && *p; i++) {
    lines[i] = p;
    char *nl = strchr(p, '\n');
    if (!nl) break;
    *nl = 0;
    p = nl + 1;
  }
  return lines;
}

void jit_code_dump(FILE *f, jit_code *c) {
  csh h;
  if (cs_open(CS_ARCH_X86, CS_MODE_64, &h) != CS_ERR_OK) { fprintf(f, "capstone unavailable\n"); return; }
  for (int b = 0; b < c->nblocks; b++) {
    jit_block *blk = &c->blocks[b];
    fprintf(f, "# %s: %zu bytes\n", blk->name, blk->len);
    char *buf = NULL;
    char **lines = blk->t ? trace_lines(blk->t, &buf) : NULL;
    int next = 0;
    cs_insn *ins;
    size_t n = cs_disasm(h, blk->mem, blk->len, 0, 0, &ins);
    for (size_t i = 0; i < n; i++) {
      /* the ops whose code starts here (ops without code, e.g. folded away, are listed too) */
      while (lines && next < blk->t->nops && blk->op_off[next] <= ins[i].address) {
        if (lines[next + 1]) fprintf(f, "  # %s\n", lines[next + 1]);
        next++;
      }
      if (lines && ins[i].address == blk->stubs_off) fprintf(f, "  # guard failure paths, then the exit to C\n");
      fprintf(f, "  %5llx: %s %s\n", (unsigned long long)ins[i].address, ins[i].mnemonic, ins[i].op_str);
    }
    if (n) cs_free(ins, n);
    free(lines); free(buf);
  }
  cs_close(&h);
}

void jit_code_free(jit_code *c) {
  if (!c) return;
  for (int i = 0; i < c->nblocks; i++) { jit_codemem_release(c->blocks[i].mem, c->blocks[i].len); free(c->blocks[i].op_off); }
  for (int i = 0; i < c->nexits; i++) free(c->exits[i].leaves);
  free(c->exits);
  free(c);
}
