/* jit_codemem.h: W^X executable memory for the backend (see jit_codemem.c). */
#ifndef JIT_CODEMEM_H
#define JIT_CODEMEM_H
#include <stddef.h>
#include <stdint.h>
uint8_t *jit_codemem_reserve(size_t n);          /* writable, not executable */
int jit_codemem_seal(uint8_t *p, size_t n);      /* -> read + execute */
void jit_codemem_release(uint8_t *p, size_t n);   /* back to the free list */
int jit_codemem_patch(uint8_t *at, const void *bytes, size_t n);
#endif
