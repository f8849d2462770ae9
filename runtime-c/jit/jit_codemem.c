/* jit_codemem.c: executable memory for compiled code. One reserved region (so that rel32
 * jumps reach between traces); each block is copied in while its pages are writable and then
 * switched to read+execute. Patching (attaching a bridge) flips the page back to writable,
 * writes, and makes it executable again: a page is never writable and executable at once. */
#include "jit_codemem.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <errno.h>

#define JIT_REGION (64u << 20)
static uint8_t *region;
static size_t region_used;
static size_t pagesz;

static int init(void) {
  if (region) return 0;
  pagesz = (size_t)sysconf(_SC_PAGESIZE);
  void *p = mmap(NULL, JIT_REGION, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return -1;
  region = p;
  return 0;
}

/* released blocks, reused first-fit (their pages are inaccessible while free) */
typedef struct { uint8_t *p; size_t sz; } jit_freeblock;
static jit_freeblock freelist[4096];
static int nfree;

void jit_codemem_release(uint8_t *p, size_t n) {
  size_t sz = (n + pagesz - 1) / pagesz * pagesz;
  mprotect(p, sz, PROT_NONE);
  if (nfree < 4096) freelist[nfree++] = (jit_freeblock){ p, sz };
}

uint8_t *jit_codemem_reserve(size_t n) {
  if (init()) return NULL;
  size_t sz = (n + pagesz - 1) / pagesz * pagesz;
  for (int i = 0; i < nfree; i++)
    if (freelist[i].sz >= sz) {
      uint8_t *p = freelist[i].p;
      size_t fsz = freelist[i].sz;
      if (fsz > sz) { freelist[i].p += sz; freelist[i].sz -= sz; }
      else freelist[i] = freelist[--nfree];
      if (mprotect(p, sz, PROT_READ | PROT_WRITE)) { if (getenv("JIT_DEBUG")) perror("mprotect reuse"); return NULL; }
      return p;
    }
  if (region_used + sz > JIT_REGION) { if (getenv("JIT_DEBUG")) fprintf(stderr, "codemem full: nfree=%d used=%zu\n", nfree, region_used); return NULL; }
  uint8_t *p = region + region_used;
  region_used += sz;
  if (mprotect(p, sz, PROT_READ | PROT_WRITE)) { if (getenv("JIT_DEBUG")) perror("mprotect fresh"); return NULL; }
  return p;
}

int jit_codemem_seal(uint8_t *p, size_t n) {
  size_t sz = (n + pagesz - 1) / pagesz * pagesz;
  int rc = mprotect(p, sz, PROT_READ | PROT_EXEC);
  if (rc && getenv("JIT_DEBUG")) perror("mprotect seal");
  return rc;
}

int jit_codemem_patch(uint8_t *at, const void *bytes, size_t n) {
  uintptr_t start = (uintptr_t)at / pagesz * pagesz;
  uintptr_t end = ((uintptr_t)at + n + pagesz - 1) / pagesz * pagesz;
  if (mprotect((void *)start, end - start, PROT_READ | PROT_WRITE)) return -1;
  memcpy(at, bytes, n);
  return mprotect((void *)start, end - start, PROT_READ | PROT_EXEC);
}
