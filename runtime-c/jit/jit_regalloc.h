/* jit_regalloc.h: linear-scan register allocation for the backend, done on the fly while
 * lowering a trace in order. General-purpose and SSE registers; values that do not fit are
 * spilled to stack slots (furthest last use first). Also the parallel-move resolver used at
 * labels, jumps and calls. Internal to the backend. */
#ifndef JIT_REGALLOC_H
#define JIT_REGALLOC_H
#include "jit_ir.h"
#include "jit_x86.h"

enum { JIT_L_NONE, JIT_L_REG, JIT_L_XREG, JIT_L_SLOT, JIT_L_CONST };
typedef struct { uint8_t kind; int8_t reg; int32_t slot; int64_t imm; } jit_loc;

/* Frame layout below rbp: 5 saved registers, the frame pointer word, then slots. */
#define JIT_FRAMEPTR_OFF (-48)
static inline jit_mem jit_slot_mem(int slot) { return jit_m(JIT_RBP, -56 - 8 * slot); }
#define JIT_TMP_SLOT 0            /* scratch slot for breaking move cycles */

typedef struct {
  jit_asm *a;
  const jit_trace *t;
  int *last_use;             /* per value: last op index using it, -1 if never */
  int16_t *reg;              /* per value: register or -1 */
  int32_t *slot;             /* per value: stack slot or -1 */
  bool *slot_valid;          /* the slot holds the value */
  int owner[16], xowner[16]; /* register -> value, -1 free */
  uint32_t locked, xlocked;
  int nslots;
} jit_ra;

void jit_ra_init(jit_ra *ra, jit_asm *a, const jit_trace *t, int first_slot);
void jit_ra_free(jit_ra *ra);
bool jit_ra_is_float(const jit_ra *ra, int32_t v);
jit_loc jit_ra_loc(const jit_ra *ra, int32_t v);
/* Puts v in a register (loading/materializing it) and locks that register for the current op. */
int jit_ra_use(jit_ra *ra, int32_t v);
/* A free register of the class (evicting the value with the furthest last use if needed). */
int jit_ra_alloc(jit_ra *ra, bool fl);
void jit_ra_assign(jit_ra *ra, int32_t v, int r);
/* Forces v into register r (moving whatever is there elsewhere). */
void jit_ra_force(jit_ra *ra, int32_t v, int r);
/* Makes register r free (spilling its value if still live after op index at). */
void jit_ra_evict(jit_ra *ra, bool fl, int r, int at);
void jit_ra_spill_value(jit_ra *ra, int32_t v);
/* Frees registers of values whose last use is <= at. Locks stay until jit_ra_unlock. */
void jit_ra_free_dead(jit_ra *ra, int at);
void jit_ra_unlock(jit_ra *ra);
int jit_ra_new_slot(jit_ra *ra);
/* Spills caller-saved registers whose values are live after op at, and forgets the rest. */
void jit_ra_before_call(jit_ra *ra, int at);
void jit_ra_after_call(jit_ra *ra);
/* Parallel move: all dst distinct; dst kinds REG/XREG/SLOT. Uses r11/xmm15 and the TMP slot. */
void jit_parallel_move(jit_asm *a, const jit_loc *src, const jit_loc *dst, int n);
void jit_move_loc(jit_asm *a, jit_loc src, jit_loc dst);
#endif
