/* jit_regalloc.c: register state while lowering a trace (see jit_regalloc.h). r11 and xmm15
 * are never allocated: they are scratch for constants, moves and failure paths. */
#include "jit_regalloc.h"
#include <stdlib.h>
#include <string.h>

static const int gp_order[] = {JIT_RBX, JIT_R12, JIT_R13, JIT_R14, JIT_R15, JIT_RAX, JIT_RCX,
                               JIT_RDX, JIT_RSI, JIT_RDI, JIT_R8, JIT_R9, JIT_R10};
#define NGP ((int)(sizeof gp_order / sizeof gp_order[0]))
#define NXMM 15
static const uint32_t caller_saved_gp = (1u << JIT_RAX) | (1u << JIT_RCX) | (1u << JIT_RDX) | (1u << JIT_RSI) |
                                        (1u << JIT_RDI) | (1u << JIT_R8) | (1u << JIT_R9) | (1u << JIT_R10);

void jit_ra_init(jit_ra *ra, jit_asm *a, const jit_trace *t, int first_slot) {
  memset(ra, 0, sizeof *ra);
  ra->a = a; ra->t = t;
  int n = t->nvals ? t->nvals : 1;
  ra->last_use = malloc(sizeof(int) * n);
  ra->reg = malloc(sizeof(int16_t) * n);
  ra->slot = malloc(sizeof(int32_t) * n);
  ra->slot_valid = calloc(n, sizeof(bool));
  for (int i = 0; i < t->nvals; i++) { ra->last_use[i] = -1; ra->reg[i] = -1; ra->slot[i] = -1; }
  for (int r = 0; r < 16; r++) ra->owner[r] = ra->xowner[r] = -1;
  ra->nslots = first_slot;
  for (int i = 0; i < t->nops; i++) {
    const jit_op *op = &t->ops[i];
    for (int j = 0; j < op->nargs; j++) ra->last_use[op->args[j]] = i;
    for (int j = 0; j < op->nfail; j++) if (op->fail[j] >= 0) ra->last_use[op->fail[j]] = i;
    for (int k = 0; k < op->nvirt; k++)
      for (int j = 0; j < op->virts[k].n; j++) if (op->virts[k].items[j] >= 0) ra->last_use[op->virts[k].items[j]] = i;
  }
}

void jit_ra_free(jit_ra *ra) { free(ra->last_use); free(ra->reg); free(ra->slot); free(ra->slot_valid); }

bool jit_ra_is_float(const jit_ra *ra, int32_t v) { return ra->t->vals[v].type == JIT_FLOAT; }

jit_loc jit_ra_loc(const jit_ra *ra, int32_t v) {
  jit_loc l = {0};
  const jit_value *x = &ra->t->vals[v];
  if (x->kind == JIT_V_CONST) { l.kind = JIT_L_CONST; l.imm = x->c.i; l.reg = x->type == JIT_FLOAT; return l; }
  if (ra->reg[v] >= 0) { l.kind = jit_ra_is_float(ra, v) ? JIT_L_XREG : JIT_L_REG; l.reg = (int8_t)ra->reg[v]; return l; }
  if (ra->slot[v] >= 0 && ra->slot_valid[v]) { l.kind = JIT_L_SLOT; l.slot = ra->slot[v]; l.reg = jit_ra_is_float(ra, v); return l; }
  l.kind = JIT_L_NONE;
  return l;
}

int jit_ra_new_slot(jit_ra *ra) { return ra->nslots++; }

void jit_ra_spill_value(jit_ra *ra, int32_t v) {
  int r = ra->reg[v];
  if (r < 0) return;
  bool fl = jit_ra_is_float(ra, v);
  if (ra->slot[v] < 0) ra->slot[v] = jit_ra_new_slot(ra);
  if (!ra->slot_valid[v]) {
    if (fl) jit_x86_movsd_store(ra->a, jit_slot_mem(ra->slot[v]), r);
    else jit_x86_store(ra->a, jit_slot_mem(ra->slot[v]), r, 8);
    ra->slot_valid[v] = true;
  }
  if (fl) ra->xowner[r] = -1; else ra->owner[r] = -1;
  ra->reg[v] = -1;
}

void jit_ra_evict(jit_ra *ra, bool fl, int r, int at) {
  int v = fl ? ra->xowner[r] : ra->owner[r];
  if (v < 0) return;
  if (ra->last_use[v] > at) jit_ra_spill_value(ra, v);
  else { ra->reg[v] = -1; if (fl) ra->xowner[r] = -1; else ra->owner[r] = -1; }
}

int jit_ra_alloc(jit_ra *ra, bool fl) {
  int *own = fl ? ra->xowner : ra->owner;
  uint32_t lk = fl ? ra->xlocked : ra->locked;
  int n = fl ? NXMM : NGP;
  for (int k = 0; k < n; k++) {
    int r = fl ? k : gp_order[k];
    if (own[r] < 0 && !(lk & (1u << r))) return r;
  }
  int best = -1, bestuse = -1;
  for (int k = 0; k < n; k++) {
    int r = fl ? k : gp_order[k];
    if (lk & (1u << r)) continue;
    if (ra->last_use[own[r]] > bestuse) { bestuse = ra->last_use[own[r]]; best = r; }
  }
  if (best < 0) { fprintf(stderr, "jit: internal error: out of registers\n"); abort(); }
  jit_ra_spill_value(ra, own[best]);
  return best;
}

void jit_ra_assign(jit_ra *ra, int32_t v, int r) {
  bool fl = jit_ra_is_float(ra, v);
  if (fl) ra->xowner[r] = v; else ra->owner[r] = v;
  ra->reg[v] = (int16_t)r;
  if (fl) ra->xlocked |= 1u << r; else ra->locked |= 1u << r;
}

static void load_into(jit_ra *ra, int32_t v, int r) {
  jit_loc l = jit_ra_loc(ra, v);
  jit_loc d = {0};
  d.kind = jit_ra_is_float(ra, v) ? JIT_L_XREG : JIT_L_REG;
  d.reg = (int8_t)r;
  if (l.kind == JIT_L_NONE) { fprintf(stderr, "jit: internal error: value %d has no location\n", v); abort(); }
  jit_move_loc(ra->a, l, d);
}

int jit_ra_use(jit_ra *ra, int32_t v) {
  bool fl = jit_ra_is_float(ra, v);
  if (ra->t->vals[v].kind != JIT_V_CONST && ra->reg[v] >= 0) {
    if (fl) ra->xlocked |= 1u << ra->reg[v]; else ra->locked |= 1u << ra->reg[v];
    return ra->reg[v];
  }
  int r = jit_ra_alloc(ra, fl);
  load_into(ra, v, r);
  if (ra->t->vals[v].kind == JIT_V_CONST) {   /* constants are not tracked in registers */
    if (fl) ra->xlocked |= 1u << r; else ra->locked |= 1u << r;
    if (fl) ra->xowner[r] = -1; else ra->owner[r] = -1;
    return r;
  }
  jit_ra_assign(ra, v, r);
  return r;
}

void jit_ra_force(jit_ra *ra, int32_t v, int r) {
  bool fl = jit_ra_is_float(ra, v);
  int *own = fl ? ra->xowner : ra->owner;
  if (ra->t->vals[v].kind != JIT_V_CONST && ra->reg[v] == r) {
    if (fl) ra->xlocked |= 1u << r; else ra->locked |= 1u << r;
    return;
  }
  if (own[r] >= 0) {
    /* move the occupant to another register if it is live */
    int w = own[r];
    if (fl) ra->xlocked |= 1u << r; else ra->locked |= 1u << r;
    int nr = jit_ra_alloc(ra, fl);
    if (fl) jit_x86_movsd_rr(ra->a, nr, r); else jit_x86_mov_rr(ra->a, nr, r);
    own[r] = -1;
    ra->reg[w] = -1;
    jit_ra_assign(ra, w, nr);
  }
  load_into(ra, v, r);
  if (ra->t->vals[v].kind == JIT_V_CONST) { if (fl) ra->xlocked |= 1u << r; else ra->locked |= 1u << r; return; }
  if (ra->reg[v] >= 0) own[ra->reg[v]] = -1;
  jit_ra_assign(ra, v, r);
}

void jit_ra_free_dead(jit_ra *ra, int at) {
  for (int r = 0; r < 16; r++) {
    int v = ra->owner[r];
    if (v >= 0 && ra->last_use[v] <= at) { ra->owner[r] = -1; ra->reg[v] = -1; }
    v = ra->xowner[r];
    if (v >= 0 && ra->last_use[v] <= at) { ra->xowner[r] = -1; ra->reg[v] = -1; }
  }
}

void jit_ra_unlock(jit_ra *ra) { ra->locked = ra->xlocked = 0; }

void jit_ra_before_call(jit_ra *ra, int at) {
  for (int r = 0; r < 16; r++) {
    if ((caller_saved_gp & (1u << r)) && ra->owner[r] >= 0 && ra->last_use[ra->owner[r]] > at)
      jit_ra_spill_value(ra, ra->owner[r]);
    if (r < NXMM && ra->xowner[r] >= 0 && ra->last_use[ra->xowner[r]] > at) jit_ra_spill_value(ra, ra->xowner[r]);
  }
}

void jit_ra_after_call(jit_ra *ra) {
  for (int r = 0; r < 16; r++) {
    if ((caller_saved_gp & (1u << r)) && ra->owner[r] >= 0) { ra->reg[ra->owner[r]] = -1; ra->owner[r] = -1; }
    if (ra->xowner[r] >= 0) { ra->reg[ra->xowner[r]] = -1; ra->xowner[r] = -1; }
  }
}

/* ---- moves ---- */
void jit_move_loc(jit_asm *a, jit_loc s, jit_loc d) {
  switch (d.kind) {
  case JIT_L_REG:
    if (s.kind == JIT_L_REG) { if (s.reg != d.reg) jit_x86_mov_rr(a, d.reg, s.reg); }
    else if (s.kind == JIT_L_SLOT) jit_x86_load(a, d.reg, jit_slot_mem(s.slot), 8);
    else if (s.kind == JIT_L_CONST) jit_x86_mov_ri(a, d.reg, s.imm);
    else if (s.kind == JIT_L_XREG) jit_x86_movq_rx(a, d.reg, s.reg);
    return;
  case JIT_L_XREG:
    if (s.kind == JIT_L_XREG) { if (s.reg != d.reg) jit_x86_movsd_rr(a, d.reg, s.reg); }
    else if (s.kind == JIT_L_SLOT) jit_x86_movsd_load(a, d.reg, jit_slot_mem(s.slot));
    else if (s.kind == JIT_L_CONST) { jit_x86_mov_ri(a, JIT_R11, s.imm); jit_x86_movq_xr(a, d.reg, JIT_R11); }
    else if (s.kind == JIT_L_REG) jit_x86_movq_xr(a, d.reg, s.reg);
    return;
  case JIT_L_SLOT:
    if (s.kind == JIT_L_REG) jit_x86_store(a, jit_slot_mem(d.slot), s.reg, 8);
    else if (s.kind == JIT_L_XREG) jit_x86_movsd_store(a, jit_slot_mem(d.slot), s.reg);
    else if (s.kind == JIT_L_SLOT) {
      if (s.slot != d.slot) { jit_x86_load(a, JIT_R11, jit_slot_mem(s.slot), 8); jit_x86_store(a, jit_slot_mem(d.slot), JIT_R11, 8); }
    } else if (s.kind == JIT_L_CONST) {
      if (s.imm >= INT32_MIN && s.imm <= INT32_MAX) jit_x86_store_imm(a, jit_slot_mem(d.slot), (int32_t)s.imm);
      else { jit_x86_mov_ri(a, JIT_R11, s.imm); jit_x86_store(a, jit_slot_mem(d.slot), JIT_R11, 8); }
    }
    return;
  default: return;
  }
}

static bool same_loc(jit_loc x, jit_loc y) {
  if (x.kind != y.kind) return false;
  if (x.kind == JIT_L_SLOT) return x.slot == y.slot;
  if (x.kind == JIT_L_REG || x.kind == JIT_L_XREG) return x.reg == y.reg;
  return false;
}

void jit_parallel_move(jit_asm *a, const jit_loc *src0, const jit_loc *dst, int n) {
  jit_loc *src = malloc(sizeof(jit_loc) * (n ? n : 1));
  bool *done = calloc(n ? n : 1, sizeof(bool));
  memcpy(src, src0, sizeof(jit_loc) * n);
  for (int i = 0; i < n; i++) done[i] = src[i].kind != JIT_L_CONST && same_loc(src[i], dst[i]);
  /* constants go last: their destinations may still be read by other moves */
  int nonconst_left = 0;
  for (int i = 0; i < n; i++) if (!done[i] && src[i].kind != JIT_L_CONST) nonconst_left++;
  while (nonconst_left > 0) {
    bool progress = false;
    for (int i = 0; i < n; i++) {
      if (done[i] || src[i].kind == JIT_L_CONST) continue;
      bool blocked = false;
      for (int j = 0; j < n; j++)
        if (j != i && !done[j] && src[j].kind != JIT_L_CONST && same_loc(src[j], dst[i])) { blocked = true; break; }
      if (blocked) continue;
      jit_move_loc(a, src[i], dst[i]);
      done[i] = true; nonconst_left--; progress = true;
    }
    if (!progress) {
      /* a cycle: park one source in the TMP slot */
      for (int i = 0; i < n; i++) {
        if (done[i] || src[i].kind == JIT_L_CONST) continue;
        jit_loc tmp = {0};
        tmp.kind = JIT_L_SLOT; tmp.slot = JIT_TMP_SLOT;
        jit_move_loc(a, src[i], tmp);
        src[i] = tmp;
        break;
      }
    }
  }
  for (int i = 0; i < n; i++) if (!done[i] && src[i].kind == JIT_L_CONST) jit_move_loc(a, src[i], dst[i]);
  free(src); free(done);
}
