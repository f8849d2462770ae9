/* jit_x86.c: x86-64 instruction encoder (REX, ModRM, SIB, displacement, immediates).
 * Only the forms the backend uses; see test_x86.c for the capstone cross-check. */
#include "jit_x86.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void jit_asm_init(jit_asm *a) { a->cap = 4096; a->len = 0; a->buf = malloc(a->cap); }
void jit_asm_free(jit_asm *a) { free(a->buf); a->buf = NULL; a->len = a->cap = 0; }

void jit_asm_byte(jit_asm *a, uint8_t b) {
  if (a->len == a->cap) { a->cap *= 2; a->buf = realloc(a->buf, a->cap); }
  a->buf[a->len++] = b;
}
void jit_asm_u32(jit_asm *a, uint32_t v) { for (int i = 0; i < 4; i++) jit_asm_byte(a, (uint8_t)(v >> (8 * i))); }
static void u64(jit_asm *a, uint64_t v) { for (int i = 0; i < 8; i++) jit_asm_byte(a, (uint8_t)(v >> (8 * i))); }

void jit_patch_rel32(jit_asm *a, size_t at, size_t target) {
  int32_t rel = (int32_t)((int64_t)target - (int64_t)(at + 4));
  memcpy(a->buf + at, &rel, 4);
}

static bool fits8(int64_t v) { return v >= -128 && v <= 127; }
static bool fits32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }

/* Emits [prefix] [REX] opcode bytes, then ModRM for reg + (register rm | memory m). */
typedef struct { bool is_mem; int r; jit_mem m; } rm_t;
static rm_t RM_R(int r) { rm_t x; memset(&x, 0, sizeof x); x.r = r; return x; }
static rm_t RM_M(jit_mem m) { rm_t x; memset(&x, 0, sizeof x); x.is_mem = true; x.m = m; return x; }

static void emit(jit_asm *a, uint8_t prefix, bool w, bool force_rex, const uint8_t *op, int nop, int reg, rm_t rm) {
  if (prefix) jit_asm_byte(a, prefix);
  int rex = 0x40 | (w ? 8 : 0) | ((reg & 8) ? 4 : 0);
  if (rm.is_mem) {
    if (rm.m.index >= 0 && (rm.m.index & 8)) rex |= 2;
    if (rm.m.base & 8) rex |= 1;
  } else if (rm.r & 8) rex |= 1;
  if (rex != 0x40 || force_rex) jit_asm_byte(a, (uint8_t)rex);
  for (int i = 0; i < nop; i++) jit_asm_byte(a, op[i]);
  reg &= 7;
  if (!rm.is_mem) { jit_asm_byte(a, (uint8_t)(0xC0 | (reg << 3) | (rm.r & 7))); return; }
  jit_mem m = rm.m;
  int mod = m.disp == 0 && (m.base & 7) != JIT_RBP ? 0 : fits8(m.disp) ? 1 : 2;
  if (m.index >= 0 || (m.base & 7) == JIT_RSP) {
    int ss = m.scale == 8 ? 3 : m.scale == 4 ? 2 : m.scale == 2 ? 1 : 0;
    int idx = m.index >= 0 ? (m.index & 7) : 4;
    jit_asm_byte(a, (uint8_t)((mod << 6) | (reg << 3) | 4));
    jit_asm_byte(a, (uint8_t)((ss << 6) | (idx << 3) | (m.base & 7)));
  } else {
    jit_asm_byte(a, (uint8_t)((mod << 6) | (reg << 3) | (m.base & 7)));
  }
  if (mod == 1) jit_asm_byte(a, (uint8_t)(int8_t)m.disp);
  else if (mod == 2) jit_asm_u32(a, (uint32_t)m.disp);
}
#define OP1(x) (const uint8_t[]){x}, 1
#define OP2(x, y) (const uint8_t[]){x, y}, 2

void jit_x86_mov_rr(jit_asm *a, int dst, int src) { emit(a, 0, true, false, OP1(0x89), src, RM_R(dst)); }

void jit_x86_mov_ri(jit_asm *a, int dst, int64_t imm) {
  if (imm >= 0 && imm <= (int64_t)UINT32_MAX) {        /* mov r32, imm32 zero-extends */
    if (dst & 8) jit_asm_byte(a, 0x41);
    jit_asm_byte(a, (uint8_t)(0xB8 + (dst & 7)));
    jit_asm_u32(a, (uint32_t)imm);
  } else if (fits32(imm)) {
    emit(a, 0, true, false, OP1(0xC7), 0, RM_R(dst));
    jit_asm_u32(a, (uint32_t)imm);
  } else {
    jit_asm_byte(a, (uint8_t)(0x48 | ((dst & 8) ? 1 : 0)));
    jit_asm_byte(a, (uint8_t)(0xB8 + (dst & 7)));
    u64(a, (uint64_t)imm);
  }
}

void jit_x86_load(jit_asm *a, int dst, jit_mem m, int size) {
  switch (size) {
  case 1: emit(a, 0, true, false, OP2(0x0F, 0xBE), dst, RM_M(m)); break;
  case 2: emit(a, 0, true, false, OP2(0x0F, 0xBF), dst, RM_M(m)); break;
  case 4: emit(a, 0, true, false, OP1(0x63), dst, RM_M(m)); break;
  default: emit(a, 0, true, false, OP1(0x8B), dst, RM_M(m)); break;
  }
}

void jit_x86_store(jit_asm *a, jit_mem m, int src, int size) {
  switch (size) {
  case 1: emit(a, 0, false, src >= 4, OP1(0x88), src, RM_M(m)); break;
  case 2: emit(a, 0x66, false, false, OP1(0x89), src, RM_M(m)); break;
  case 4: emit(a, 0, false, false, OP1(0x89), src, RM_M(m)); break;
  default: emit(a, 0, true, false, OP1(0x89), src, RM_M(m)); break;
  }
}

void jit_x86_store_imm(jit_asm *a, jit_mem m, int32_t imm) {
  emit(a, 0, true, false, OP1(0xC7), 0, RM_M(m));
  jit_asm_u32(a, (uint32_t)imm);
}

void jit_x86_lea(jit_asm *a, int dst, jit_mem m) { emit(a, 0, true, false, OP1(0x8D), dst, RM_M(m)); }

void jit_x86_alu_rr(jit_asm *a, int op, int dst, int src) {
  emit(a, 0, true, false, OP1((uint8_t)(op * 8 + 1)), src, RM_R(dst));
}

void jit_x86_alu_ri(jit_asm *a, int op, int dst, int32_t imm) {
  if (fits8(imm)) { emit(a, 0, true, false, OP1(0x83), op, RM_R(dst)); jit_asm_byte(a, (uint8_t)(int8_t)imm); }
  else { emit(a, 0, true, false, OP1(0x81), op, RM_R(dst)); jit_asm_u32(a, (uint32_t)imm); }
}

void jit_x86_alu_mi(jit_asm *a, int op, jit_mem m, int32_t imm) {
  if (fits8(imm)) { emit(a, 0, true, false, OP1(0x83), op, RM_M(m)); jit_asm_byte(a, (uint8_t)(int8_t)imm); }
  else { emit(a, 0, true, false, OP1(0x81), op, RM_M(m)); jit_asm_u32(a, (uint32_t)imm); }
}

void jit_x86_imul_rr(jit_asm *a, int dst, int src) { emit(a, 0, true, false, OP2(0x0F, 0xAF), dst, RM_R(src)); }
void jit_x86_imul_rri(jit_asm *a, int dst, int src, int32_t imm) {
  if (fits8(imm)) { emit(a, 0, true, false, OP1(0x6B), dst, RM_R(src)); jit_asm_byte(a, (uint8_t)(int8_t)imm); }
  else { emit(a, 0, true, false, OP1(0x69), dst, RM_R(src)); jit_asm_u32(a, (uint32_t)imm); }
}
void jit_x86_neg(jit_asm *a, int r) { emit(a, 0, true, false, OP1(0xF7), 3, RM_R(r)); }
void jit_x86_not(jit_asm *a, int r) { emit(a, 0, true, false, OP1(0xF7), 2, RM_R(r)); }
void jit_x86_shift_cl(jit_asm *a, int op, int r) { emit(a, 0, true, false, OP1(0xD3), op, RM_R(r)); }
void jit_x86_shift_ri(jit_asm *a, int op, int r, uint8_t imm) {
  emit(a, 0, true, false, OP1(0xC1), op, RM_R(r));
  jit_asm_byte(a, imm);
}
void jit_x86_test_rr(jit_asm *a, int r1, int r2) { emit(a, 0, true, false, OP1(0x85), r2, RM_R(r1)); }
void jit_x86_setcc(jit_asm *a, int cc, int r) { emit(a, 0, false, r >= 4, OP2(0x0F, (uint8_t)(0x90 + cc)), 0, RM_R(r)); }
void jit_x86_movzx8(jit_asm *a, int dst, int src) { emit(a, 0, true, false, OP2(0x0F, 0xB6), dst, RM_R(src)); }

size_t jit_x86_jcc(jit_asm *a, int cc) {
  jit_asm_byte(a, 0x0F); jit_asm_byte(a, (uint8_t)(0x80 + cc));
  jit_asm_u32(a, 0);
  return a->len - 4;
}
size_t jit_x86_jmp(jit_asm *a) { jit_asm_byte(a, 0xE9); jit_asm_u32(a, 0); return a->len - 4; }
void jit_x86_jmp_to(jit_asm *a, size_t target) { size_t at = jit_x86_jmp(a); jit_patch_rel32(a, at, target); }
void jit_x86_call_r(jit_asm *a, int r) { emit(a, 0, false, false, OP1(0xFF), 2, RM_R(r)); }
void jit_x86_jmp_r(jit_asm *a, int r) { emit(a, 0, false, false, OP1(0xFF), 4, RM_R(r)); }
void jit_x86_push(jit_asm *a, int r) { if (r & 8) jit_asm_byte(a, 0x41); jit_asm_byte(a, (uint8_t)(0x50 + (r & 7))); }
void jit_x86_pop(jit_asm *a, int r) { if (r & 8) jit_asm_byte(a, 0x41); jit_asm_byte(a, (uint8_t)(0x58 + (r & 7))); }
void jit_x86_ret(jit_asm *a) { jit_asm_byte(a, 0xC3); }
void jit_x86_xchg_rr(jit_asm *a, int r1, int r2) { emit(a, 0, true, false, OP1(0x87), r2, RM_R(r1)); }

void jit_x86_movsd_rr(jit_asm *a, int dst, int src) { emit(a, 0xF2, false, false, OP2(0x0F, 0x10), dst, RM_R(src)); }
void jit_x86_movsd_load(jit_asm *a, int dst, jit_mem m) { emit(a, 0xF2, false, false, OP2(0x0F, 0x10), dst, RM_M(m)); }
void jit_x86_movsd_store(jit_asm *a, jit_mem m, int src) { emit(a, 0xF2, false, false, OP2(0x0F, 0x11), src, RM_M(m)); }
void jit_x86_sse_rr(jit_asm *a, int op, int dst, int src) { emit(a, 0xF2, false, false, OP2(0x0F, (uint8_t)op), dst, RM_R(src)); }
void jit_x86_ucomisd(jit_asm *a, int x1, int x2) { emit(a, 0x66, false, false, OP2(0x0F, 0x2E), x1, RM_R(x2)); }
void jit_x86_cvtsi2sd(jit_asm *a, int xdst, int rsrc) { emit(a, 0xF2, true, false, OP2(0x0F, 0x2A), xdst, RM_R(rsrc)); }
void jit_x86_cvttsd2si(jit_asm *a, int rdst, int xsrc) { emit(a, 0xF2, true, false, OP2(0x0F, 0x2C), rdst, RM_R(xsrc)); }
void jit_x86_movq_xr(jit_asm *a, int xdst, int rsrc) { emit(a, 0x66, true, false, OP2(0x0F, 0x6E), xdst, RM_R(rsrc)); }
void jit_x86_movq_rx(jit_asm *a, int rdst, int xsrc) { emit(a, 0x66, true, false, OP2(0x0F, 0x7E), xsrc, RM_R(rdst)); }
void jit_x86_xorpd(jit_asm *a, int dst, int src) { emit(a, 0x66, false, false, OP2(0x0F, 0x57), dst, RM_R(src)); }
void jit_x86_andpd(jit_asm *a, int dst, int src) { emit(a, 0x66, false, false, OP2(0x0F, 0x54), dst, RM_R(src)); }
