/* test_x86.c: checks every encoder function against capstone. For each instruction form and
 * a spread of registers, memory operands and immediates, the bytes are disassembled and the
 * text compared with the expected Intel-syntax string. Prints "x86: N encodings checked, M
 * mismatches" and exits non-zero on any mismatch. */
#include "jit_x86.h"
#include <capstone.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *r64[] = {"rax","rcx","rdx","rbx","rsp","rbp","rsi","rdi","r8","r9","r10","r11","r12","r13","r14","r15"};
static const char *r32[] = {"eax","ecx","edx","ebx","esp","ebp","esi","edi","r8d","r9d","r10d","r11d","r12d","r13d","r14d","r15d"};
static const char *r16[] = {"ax","cx","dx","bx","sp","bp","si","di","r8w","r9w","r10w","r11w","r12w","r13w","r14w","r15w"};
static const char *r8n[] = {"al","cl","dl","bl","spl","bpl","sil","dil","r8b","r9b","r10b","r11b","r12b","r13b","r14b","r15b"};
static const char *ccn[] = {"o","no","b","ae","e","ne","be","a","s","ns","p","np","l","ge","le","g"};

static csh cs;
static long checked, mismatches;

static void imm(char *b, size_t n, int64_t v) {
  if (v < 0) {
    uint64_t u = 0 - (uint64_t)v;
    if (u <= 9) snprintf(b, n, "-%llu", (unsigned long long)u); else snprintf(b, n, "-0x%llx", (unsigned long long)u);
  } else if (v <= 9) snprintf(b, n, "%lld", (long long)v);
  else snprintf(b, n, "0x%llx", (unsigned long long)v);
}

static void mem(char *b, size_t n, const char *sz, jit_mem m) {
  char idx[32] = "", d[32] = "";
  if (m.index >= 0 && m.scale == 1) snprintf(idx, sizeof idx, " + %s", r64[m.index]);
  else if (m.index >= 0) snprintf(idx, sizeof idx, " + %s*%d", r64[m.index], m.scale);
  if (m.disp) { imm(d, sizeof d, m.disp < 0 ? -(int64_t)m.disp : m.disp); }
  snprintf(b, n, "%s ptr [%s%s%s%s]", sz, r64[m.base], idx, m.disp ? (m.disp < 0 ? " - " : " + ") : "", d);
}

/* Disassembles a->buf and compares with expected; resets the buffer. */
static void check(jit_asm *a, const char *fmt, ...) {
  char want[256], got[256] = "";
  va_list ap; va_start(ap, fmt); vsnprintf(want, sizeof want, fmt, ap); va_end(ap);
  cs_insn *ins;
  size_t n = cs_disasm(cs, a->buf, a->len, 0x1000, 0, &ins);
  if (n == 1 && ins[0].size == a->len) snprintf(got, sizeof got, "%s %s", ins[0].mnemonic, ins[0].op_str);
  else snprintf(got, sizeof got, "<%zu instructions>", n);
  if (n) cs_free(ins, n);
  checked++;
  if (strcmp(want, got)) {
    mismatches++;
    if (mismatches < 30) {
      printf("MISMATCH: want '%s' got '%s' bytes", want, got);
      for (size_t i = 0; i < a->len; i++) printf(" %02x", a->buf[i]);
      printf("\n");
    }
  }
  a->len = 0;
}

int main(void) {
  if (cs_open(CS_ARCH_X86, CS_MODE_64, &cs) != CS_ERR_OK) { printf("capstone: cannot open\n"); return 1; }
  jit_asm a; jit_asm_init(&a);
  char m[128], i1[64];
  static const int64_t imms[] = {0, 1, 9, 10, 127, 128, -1, -9, -10, -128, -129, 0x12345, -0x12345, INT32_MAX, INT32_MIN};
  static const int32_t disps[] = {0, 8, -56, 127, 128, -0x1000};
  static const char *alun[] = {"add","or","","","and","sub","xor","cmp"};
  static const int aluops[] = {JIT_ALU_ADD, JIT_ALU_OR, JIT_ALU_AND, JIT_ALU_SUB, JIT_ALU_XOR, JIT_ALU_CMP};
  jit_mem mems[16 * 6 + 8];
  int nm = 0;
  for (int b = 0; b < 16; b++) for (int d = 0; d < 6; d++) mems[nm++] = jit_m(b, disps[d]);
  for (int k = 0; k < 8; k++) mems[nm++] = jit_mi(k * 2 + 1, (k * 5 + 3) % 16 == 4 ? 5 : (k * 5 + 3) % 16, 1 << (k % 4), k * 100 - 300);

  for (int d = 0; d < 16; d++) for (int s = 0; s < 16; s++) {
    jit_x86_mov_rr(&a, d, s); check(&a, "mov %s, %s", r64[d], r64[s]);
    for (int k = 0; k < 6; k++) { jit_x86_alu_rr(&a, aluops[k], d, s); check(&a, "%s %s, %s", alun[aluops[k]], r64[d], r64[s]); }
    jit_x86_imul_rr(&a, d, s); check(&a, "imul %s, %s", r64[d], r64[s]);
    jit_x86_test_rr(&a, d, s); check(&a, "test %s, %s", r64[d], r64[s]);
    jit_x86_movzx8(&a, d, s); check(&a, "movzx %s, %s", r64[d], r8n[s]);
    jit_x86_xchg_rr(&a, d, s); check(&a, "xchg %s, %s", r64[d], r64[s]);
    jit_x86_movsd_rr(&a, d, s); check(&a, "movsd xmm%d, xmm%d", d, s);
    static const char *ssen[] = {"addsd", "mulsd", "subsd", "divsd"};
    static const int sseops[] = {JIT_SSE_ADD, JIT_SSE_MUL, JIT_SSE_SUB, JIT_SSE_DIV};
    for (int k = 0; k < 4; k++) { jit_x86_sse_rr(&a, sseops[k], d, s); check(&a, "%s xmm%d, xmm%d", ssen[k], d, s); }
    jit_x86_ucomisd(&a, d, s); check(&a, "ucomisd xmm%d, xmm%d", d, s);
    jit_x86_xorpd(&a, d, s); check(&a, "xorpd xmm%d, xmm%d", d, s);
    jit_x86_andpd(&a, d, s); check(&a, "andpd xmm%d, xmm%d", d, s);
    jit_x86_cvtsi2sd(&a, d, s); check(&a, "cvtsi2sd xmm%d, %s", d, r64[s]);
    jit_x86_cvttsd2si(&a, d, s); check(&a, "cvttsd2si %s, xmm%d", r64[d], s);
    jit_x86_movq_xr(&a, d, s); check(&a, "movq xmm%d, %s", d, r64[s]);
    jit_x86_movq_rx(&a, d, s); check(&a, "movq %s, xmm%d", r64[d], s);
    for (size_t k = 0; k < sizeof imms / sizeof imms[0]; k++) {
      imm(i1, sizeof i1, imms[k]);
      jit_x86_imul_rri(&a, d, s, (int32_t)imms[k]); check(&a, "imul %s, %s, %s", r64[d], r64[s], i1);
    }
  }
  for (int r = 0; r < 16; r++) {
    jit_x86_neg(&a, r); check(&a, "neg %s", r64[r]);
    jit_x86_not(&a, r); check(&a, "not %s", r64[r]);
    static const char *shn[] = {"", "", "", "", "shl", "shr", "", "sar"};
    static const int shops[] = {JIT_SHIFT_SHL, JIT_SHIFT_SHR, JIT_SHIFT_SAR};
    for (int k = 0; k < 3; k++) {
      jit_x86_shift_cl(&a, shops[k], r); check(&a, "%s %s, cl", shn[shops[k]], r64[r]);
      jit_x86_shift_ri(&a, shops[k], r, 5); check(&a, "%s %s, 5", shn[shops[k]], r64[r]);
      jit_x86_shift_ri(&a, shops[k], r, 63); check(&a, "%s %s, 0x3f", shn[shops[k]], r64[r]);
    }
    for (int c = 0; c < 16; c++) { jit_x86_setcc(&a, c, r); check(&a, "set%s %s", ccn[c], r8n[r]); }
    jit_x86_push(&a, r); check(&a, "push %s", r64[r]);
    jit_x86_pop(&a, r); check(&a, "pop %s", r64[r]);
    jit_x86_call_r(&a, r); check(&a, "call %s", r64[r]);
    jit_x86_jmp_r(&a, r); check(&a, "jmp %s", r64[r]);
    for (size_t k = 0; k < sizeof imms / sizeof imms[0]; k++) {
      imm(i1, sizeof i1, imms[k]);
      for (int o = 0; o < 6; o++) {
        /* capstone prints negative immediates of logical ops as 64-bit unsigned */
        bool logical = aluops[o] == JIT_ALU_OR || aluops[o] == JIT_ALU_AND || aluops[o] == JIT_ALU_XOR;
        char ul[64];
        snprintf(ul, sizeof ul, "0x%llx", (unsigned long long)imms[k]);
        jit_x86_alu_ri(&a, aluops[o], r, (int32_t)imms[k]);
        check(&a, "%s %s, %s", alun[aluops[o]], r64[r], logical && imms[k] < 0 ? ul : i1);
      }
    }
    static const int64_t movimms[] = {0, 7, 0x7fffffff, 0xffffffffLL, -1, -5, -0x80000000LL, 0x123456789LL, 0x7fffffffffffffffLL};
    for (size_t k = 0; k < sizeof movimms / sizeof movimms[0]; k++) {
      int64_t v = movimms[k];
      imm(i1, sizeof i1, v);
      jit_x86_mov_ri(&a, r, v);
      if (v >= 0 && v <= 0xffffffffLL) check(&a, "mov %s, %s", r32[r], i1);
      else if (v >= INT32_MIN && v <= INT32_MAX) check(&a, "mov %s, %s", r64[r], i1);
      else check(&a, "movabs %s, %s", r64[r], i1);
    }
    for (int k = 0; k < nm; k++) {
      jit_mem mm = mems[k];
      mem(m, sizeof m, "qword", mm);
      jit_x86_load(&a, r, mm, 8); check(&a, "mov %s, %s", r64[r], m);
      jit_x86_store(&a, mm, r, 8); check(&a, "mov %s, %s", m, r64[r]);
      jit_x86_lea(&a, r, mm); { char l[128]; snprintf(l, sizeof l, "%s", strstr(m, "[")); check(&a, "lea %s, %s", r64[r], l); }
      jit_x86_movsd_load(&a, r, mm); check(&a, "movsd xmm%d, %s", r, m);
      jit_x86_movsd_store(&a, mm, r); check(&a, "movsd %s, xmm%d", m, r);
      if (r == 0) {
        jit_x86_store_imm(&a, mm, -3); check(&a, "mov %s, -3", m);
        jit_x86_alu_mi(&a, JIT_ALU_CMP, mm, 77); check(&a, "cmp %s, 0x4d", m);
        jit_x86_alu_mi(&a, JIT_ALU_ADD, mm, 1000); check(&a, "add %s, 0x3e8", m);
      }
      mem(m, sizeof m, "dword", mm);
      jit_x86_load(&a, r, mm, 4); check(&a, "movsxd %s, %s", r64[r], m);
      jit_x86_store(&a, mm, r, 4); check(&a, "mov %s, %s", m, r32[r]);
      mem(m, sizeof m, "word", mm);
      jit_x86_load(&a, r, mm, 2); check(&a, "movsx %s, %s", r64[r], m);
      jit_x86_store(&a, mm, r, 2); check(&a, "mov %s, %s", m, r16[r]);
      mem(m, sizeof m, "byte", mm);
      jit_x86_load(&a, r, mm, 1); check(&a, "movsx %s, %s", r64[r], m);
      jit_x86_store(&a, mm, r, 1); check(&a, "mov %s, %s", m, r8n[r]);
    }
  }
  for (int c = 0; c < 16; c++) {
    size_t at = jit_x86_jcc(&a, c); jit_patch_rel32(&a, at, 0x40);
    check(&a, "j%s 0x1040", ccn[c]);
  }
  { size_t at = jit_x86_jmp(&a); jit_patch_rel32(&a, at, 0); check(&a, "jmp 0x1000"); }
  jit_x86_ret(&a); check(&a, "ret ");
  printf("x86: %ld encodings checked, %ld mismatches\n", checked, mismatches);
  jit_asm_free(&a);
  cs_close(&cs);
  return mismatches ? 1 : 0;
}
