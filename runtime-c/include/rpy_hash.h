/* rpy_hash.h -- hash() values matching CPython 3.11 (64-bit build).
 * int: reduction modulo 2**61-1 keeping the sign, -1 -> -2.
 * float: CPython's _Py_HashDouble (nan hashes to 0: CPython 3.11 uses the
 *   object's identity, which no program can print reproducibly).
 * tuple: CPython 3.11's xxHash-based combiner over the item hashes:
 *   h = rpy_tuple_hash_start(); for each item h = rpy_tuple_hash_add(h, hash(item));
 *   result = rpy_tuple_hash_finish(h, number_of_items).
 * str/bytes: rpy_str_hash / rpy_bytes_hash: CPython's SipHash-1-3 with the
 *   key of PYTHONHASHSEED=0 (CPython randomises them otherwise). */
#ifndef RPY_HASH_H
#define RPY_HASH_H

#include <stdint.h>

#define RPY_HASH_BITS 61
#define RPY_HASH_MODULUS (((uint64_t)1 << RPY_HASH_BITS) - 1)

static inline int64_t rpy_hash_int(int64_t v)
{
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(a % RPY_HASH_MODULUS);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

static inline int64_t rpy_hash_uint(uint64_t v)   /* hash(r_uint) */
{
    return (int64_t)(v % RPY_HASH_MODULUS);
}

static inline int64_t rpy_hash_bool(int v) { return v ? 1 : 0; }

int64_t rpy_hash_float(double v);

#define RPY_XXPRIME_1 11400714785074694791ULL
#define RPY_XXPRIME_2 14029467366897019727ULL
#define RPY_XXPRIME_5 2870177450012600261ULL

static inline uint64_t rpy_tuple_hash_start(void) { return RPY_XXPRIME_5; }

static inline uint64_t rpy_tuple_hash_add(uint64_t acc, int64_t item_hash)
{
    acc += (uint64_t)item_hash * RPY_XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    acc *= RPY_XXPRIME_1;
    return acc;
}

static inline int64_t rpy_tuple_hash_finish(uint64_t acc, int64_t n)
{
    acc += (uint64_t)n ^ (RPY_XXPRIME_5 ^ 3527539ULL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

#endif
