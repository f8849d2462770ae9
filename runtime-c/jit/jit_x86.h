/* jit_x86.h: x86-64 instruction encoder. Appends machine code to a jit_asm buffer; each
 * function emits one instruction (every encoding is checked against capstone by test_x86.c). */
#ifndef JIT_X86_H
#define JIT_X86_H
#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>

enum { JIT_RAX, JIT_RCX, JIT_RDX, JIT_RBX, JIT_RSP, JIT_RBP, JIT_RSI, JIT_RDI,
       JIT_R8, JIT_R9, JIT_R10, JIT_R11, JIT_R12, JIT_R13, JIT_R14, JIT_R15 };
/* condition codes */
enum { JIT_CC_O, JIT_CC_NO, JIT_CC_B, JIT_CC_AE, JIT_CC_E, JIT_CC_NE, JIT_CC_BE, JIT_CC_A,
       JIT_CC_S, JIT_CC_NS, JIT_CC_P, JIT_CC_NP, JIT_CC_L, JIT_CC_GE, JIT_CC_LE, JIT_CC_G };
/* ALU ops with the /digit of their immediate form */
enum { JIT_ALU_ADD = 0, JIT_ALU_OR = 1, JIT_ALU_AND = 4, JIT_ALU_SUB = 5, JIT_ALU_XOR = 6, JIT_ALU_CMP = 7 };
enum { JIT_SHIFT_SHL = 4, JIT_SHIFT_SHR = 5, JIT_SHIFT_SAR = 7 };
enum { JIT_SSE_ADD = 0x58, JIT_SSE_MUL = 0x59, JIT_SSE_SUB = 0x5C, JIT_SSE_DIV = 0x5E };

typedef struct {
  uint8_t *buf;
  size_t len, cap;
} jit_asm;

typedef struct { int base; int index; int scale; int32_t disp; } jit_mem;   /* index -1: none */
static inline jit_mem jit_m(int base, int32_t disp) { jit_mem m = { base, -1, 1, disp }; return m; }
static inline jit_mem jit_mi(int base, int index, int scale, int32_t disp) { jit_mem m = { base, index, scale, disp }; return m; }

void jit_asm_init(jit_asm *a);
void jit_asm_free(jit_asm *a);
void jit_asm_byte(jit_asm *a, uint8_t b);
void jit_asm_u32(jit_asm *a, uint32_t v);
void jit_patch_rel32(jit_asm *a, size_t at, size_t target);  /* at: offset of the rel32 field */

void jit_x86_mov_rr(jit_asm *a, int dst, int src);
void jit_x86_mov_ri(jit_asm *a, int dst, int64_t imm);
void jit_x86_load(jit_asm *a, int dst, jit_mem m, int size);      /* sign-extends 1/2/4 bytes */
void jit_x86_store(jit_asm *a, jit_mem m, int src, int size);
void jit_x86_store_imm(jit_asm *a, jit_mem m, int32_t imm);       /* 64-bit store of a sign-extended imm32 */
void jit_x86_lea(jit_asm *a, int dst, jit_mem m);
void jit_x86_alu_rr(jit_asm *a, int op, int dst, int src);
void jit_x86_alu_ri(jit_asm *a, int op, int dst, int32_t imm);
void jit_x86_alu_mi(jit_asm *a, int op, jit_mem m, int32_t imm);  /* 64-bit op on memory, e.g. cmp [m], imm */
void jit_x86_imul_rr(jit_asm *a, int dst, int src);
void jit_x86_imul_rri(jit_asm *a, int dst, int src, int32_t imm);
void jit_x86_neg(jit_asm *a, int r);
void jit_x86_not(jit_asm *a, int r);
void jit_x86_shift_cl(jit_asm *a, int op, int r);
void jit_x86_shift_ri(jit_asm *a, int op, int r, uint8_t imm);
void jit_x86_test_rr(jit_asm *a, int r1, int r2);
void jit_x86_setcc(jit_asm *a, int cc, int r);
void jit_x86_movzx8(jit_asm *a, int dst, int src);
size_t jit_x86_jcc(jit_asm *a, int cc);      /* returns offset of rel32 to patch */
size_t jit_x86_jmp(jit_asm *a);              /* returns offset of rel32 to patch */
void jit_x86_jmp_to(jit_asm *a, size_t target);
void jit_x86_call_r(jit_asm *a, int r);
void jit_x86_jmp_r(jit_asm *a, int r);
void jit_x86_push(jit_asm *a, int r);
void jit_x86_pop(jit_asm *a, int r);
void jit_x86_ret(jit_asm *a);
void jit_x86_xchg_rr(jit_asm *a, int r1, int r2);
/* SSE2, scalar double */
void jit_x86_movsd_rr(jit_asm *a, int dst, int src);
void jit_x86_movsd_load(jit_asm *a, int dst, jit_mem m);
void jit_x86_movsd_store(jit_asm *a, jit_mem m, int src);
void jit_x86_sse_rr(jit_asm *a, int op, int dst, int src);
void jit_x86_ucomisd(jit_asm *a, int x1, int x2);
void jit_x86_cvtsi2sd(jit_asm *a, int xdst, int rsrc);
void jit_x86_cvttsd2si(jit_asm *a, int rdst, int xsrc);
void jit_x86_movq_xr(jit_asm *a, int xdst, int rsrc);
void jit_x86_movq_rx(jit_asm *a, int rdst, int xsrc);
void jit_x86_xorpd(jit_asm *a, int dst, int src);
void jit_x86_andpd(jit_asm *a, int dst, int src);
#endif
