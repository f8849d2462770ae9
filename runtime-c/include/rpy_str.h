/* rpy_str.h -- RPython `str`: immutable unicode text, CPython semantics.
 *
 * Representation (PEP-393-like): one atomic GC block holding the header and
 * the characters, 1 byte per char when every char is < 256 (kind 1, followed
 * by a NUL byte for convenience), else 4 bytes per char (kind 4, UCS-4).
 * A string is always stored in the narrowest kind that fits, so equal strings
 * have equal kinds.  The hash is cached (0 = not computed yet); it is
 * CPython's (SipHash-1-3 of the PEP 393 data) with the key of
 * PYTHONHASHSEED=0, so hash(s) prints as under the oracle runner.
 * Indexes are in code points.  Functions taking optional start/end/slice
 * bounds accept RPY_SLICE_NONE for "omitted" and clamp like Python.
 * Errors are raised with rpy_raise_builtin(); the function then returns a
 * dummy (NULL / 0 / false) and the caller must check rpy_exc_type.
 */
#ifndef RPY_STR_H
#define RPY_STR_H

#include <stdint.h>
#include <stdbool.h>
#include "rpy_word.h"
#include "rpy_list.h"

typedef struct rpy_str {
    int64_t length;        /* number of code points */
    int64_t hash;          /* cached rpy_str_hash(); 0 = not computed */
    uint32_t kind;         /* 1 = uint8_t chars (Latin-1), 4 = uint32_t chars */
    uint32_t flags;        /* RPY_STR_ASCII when all chars < 128 */
    _Alignas(8) unsigned char data[];
} rpy_str;

#define RPY_STR_ASCII 1u

/* Prebuilt (static) strings for generated code: a struct with the same
 * layout and a sized data array, e.g.
 *   RPY_STR_STATIC_LATIN1(lit_7, 5, RPY_STR_ASCII, "hello");
 *   RPY_STR_STATIC_UCS4(lit_8, 2, 0x4E2D, 0x6587);   (only if some char >= 256)
 * then use RPY_STR_REF(lit_7) as an rpy_str *.  The narrowest-kind rule
 * must hold (Latin-1 form whenever every char < 256); flags must be
 * RPY_STR_ASCII exactly when every char < 128.  The hash is filled lazily
 * (the object must not be const). */
#define RPY_STR_STATIC_LATIN1(name, len, flags_, text) \
    static struct { int64_t length; int64_t hash; uint32_t kind; uint32_t flags; \
                    _Alignas(8) unsigned char data[(len) + 1]; } name = { (len), 0, 1, (flags_), text }
#define RPY_STR_STATIC_UCS4(name, len, ...) \
    static struct { int64_t length; int64_t hash; uint32_t kind; uint32_t flags; \
                    _Alignas(8) uint32_t data[(len) + 1]; } name = { (len), 0, 4, 0, { __VA_ARGS__ } }
#define RPY_STR_REF(name) ((rpy_str *)(void *)&(name))

/* len(s) */
static inline int64_t rpy_str_len(rpy_str *s) { return s->length; }

/* s[i], 0 <= i < len(s) already checked and normalised by the caller. */
static inline rpy_char rpy_str_getchar(rpy_str *s, int64_t i)
{
    return s->kind == 1 ? (rpy_char)s->data[i] : ((const uint32_t *)s->data)[i];
}

/* ---- construction ---- */
/* From UTF-8 bytes (string literals are built this way at start-up).
 * Invalid sequences become U+FFFD (never raises; see rpy_bytes_decode_utf8
 * for the strict, raising decoder). */
rpy_str *rpy_str_from_utf8(const char *p, int64_t len);
/* From a NUL-terminated UTF-8 C string. */
rpy_str *rpy_str_from_cstr(const char *p);
/* From Latin-1 bytes (each byte is one char). */
rpy_str *rpy_str_from_latin1(const char *p, int64_t len);
/* From an array of code points. */
rpy_str *rpy_str_from_chars(const rpy_char *p, int64_t len);
/* One-character string; chars < 256 come from a prebuilt cache. */
rpy_str *rpy_str_from_char(rpy_char c);
/* The empty string (a shared constant). */
rpy_str *rpy_str_empty(void);
/* Allocate an uninitialised string of `len` chars of `kind` (1 or 4); the
 * caller fills data and must respect the narrowest-kind invariant
 * (kind 4 only if some char >= 256). */
rpy_str *rpy_str_alloc(int64_t len, uint32_t kind);

/* UTF-8 encoding of s as a NUL-terminated GC buffer; *len_out (if not NULL)
 * gets the byte length.  Lone surrogates are encoded as-is (like
 * 'surrogatepass'). */
char *rpy_str_to_utf8(rpy_str *s, int64_t *len_out);

/* ---- basic operations ---- */
rpy_str *rpy_str_concat(rpy_str *a, rpy_str *b);
/* s[start:stop] (bounds may be RPY_SLICE_NONE or negative; Python clamping) */
rpy_str *rpy_str_slice(rpy_str *s, int64_t start, int64_t stop);
/* s[start:stop:step]; step == 0 raises ValueError "slice step cannot be zero" */
rpy_str *rpy_str_slice_step(rpy_str *s, int64_t start, int64_t stop, int64_t step);
/* s * n (n <= 0 gives '') */
rpy_str *rpy_str_mul(rpy_str *s, int64_t n);

bool rpy_str_eq(rpy_str *a, rpy_str *b);            /* a == b (NULLs: identity) */
int rpy_str_cmp(rpy_str *a, rpy_str *b);            /* <0, 0, >0 by code points */
int64_t rpy_str_hash(rpy_str *s);                   /* never -1; cached */
static inline bool rpy_str_lt(rpy_str *a, rpy_str *b) { return rpy_str_cmp(a, b) < 0; }
static inline bool rpy_str_le(rpy_str *a, rpy_str *b) { return rpy_str_cmp(a, b) <= 0; }
static inline bool rpy_str_gt(rpy_str *a, rpy_str *b) { return rpy_str_cmp(a, b) > 0; }
static inline bool rpy_str_ge(rpy_str *a, rpy_str *b) { return rpy_str_cmp(a, b) >= 0; }
static inline bool rpy_str_ne(rpy_str *a, rpy_str *b) { return !rpy_str_eq(a, b); }
/* s == c for a one-char comparison */
static inline bool rpy_str_eq_char(rpy_str *s, rpy_char c)
{
    return s->length == 1 && rpy_str_getchar(s, 0) == c;
}

/* ---- searching (start/end: RPY_SLICE_NONE or Python-clamped) ---- */
bool rpy_str_contains(rpy_str *s, rpy_str *sub);    /* sub in s */
bool rpy_str_contains_char(rpy_str *s, rpy_char c); /* c in s */
int64_t rpy_str_find(rpy_str *s, rpy_str *sub, int64_t start, int64_t end);
int64_t rpy_str_rfind(rpy_str *s, rpy_str *sub, int64_t start, int64_t end);
/* index/rindex: like find/rfind but raise ValueError "substring not found" */
int64_t rpy_str_index(rpy_str *s, rpy_str *sub, int64_t start, int64_t end);
int64_t rpy_str_rindex(rpy_str *s, rpy_str *sub, int64_t start, int64_t end);
int64_t rpy_str_count(rpy_str *s, rpy_str *sub, int64_t start, int64_t end);
bool rpy_str_startswith(rpy_str *s, rpy_str *prefix, int64_t start, int64_t end);
bool rpy_str_endswith(rpy_str *s, rpy_str *suffix, int64_t start, int64_t end);

/* ---- transformations ---- */
/* s.replace(old, new, count); count < 0 means all */
rpy_str *rpy_str_replace(rpy_str *s, rpy_str *old, rpy_str *new_, int64_t count);
rpy_str *rpy_str_lower(rpy_str *s);
rpy_str *rpy_str_upper(rpy_str *s);
/* strip family: chars == NULL strips whitespace (str.isspace) */
rpy_str *rpy_str_strip(rpy_str *s, rpy_str *chars);
rpy_str *rpy_str_lstrip(rpy_str *s, rpy_str *chars);
rpy_str *rpy_str_rstrip(rpy_str *s, rpy_str *chars);
/* s.split(sep, maxsplit) -> list of str.  sep == NULL: runs of whitespace;
 * maxsplit < 0: no limit; empty sep raises ValueError "empty separator". */
rpy_list *rpy_str_split(rpy_str *s, rpy_str *sep, int64_t maxsplit);
rpy_list *rpy_str_rsplit(rpy_str *s, rpy_str *sep, int64_t maxsplit);
/* sep.join(items), items a list of str */
rpy_str *rpy_str_join(rpy_str *sep, rpy_list *items);
/* s.splitlines(keepends) with CPython's line boundaries */
rpy_list *rpy_str_splitlines(rpy_str *s, bool keepends);

/* ---- predicates (False for the empty string, like CPython) ---- */
bool rpy_str_isdigit(rpy_str *s);
bool rpy_str_isalpha(rpy_str *s);
bool rpy_str_isalnum(rpy_str *s);
bool rpy_str_isspace(rpy_str *s);
bool rpy_str_isupper(rpy_str *s);
bool rpy_str_islower(rpy_str *s);

/* ---- chars ---- */
/* ord(s): TypeError "ord() expected a character, but string of length N
 * found" when len(s) != 1 */
int64_t rpy_str_ord(rpy_str *s);
/* chr(i) as a str: ValueError "chr() arg not in range(0x110000)" */
rpy_str *rpy_str_chr(int64_t i);
/* chr(i) as a char (same check; returns 0 on error) */
rpy_char rpy_char_chr(int64_t i);

/* ---- more methods (str_more.c) ---- */
/* s.ljust/rjust/center(width, fill) (fill: a char, ' ' by default) */
rpy_str *rpy_str_ljust(rpy_str *s, int64_t width, rpy_char fill);
rpy_str *rpy_str_rjust(rpy_str *s, int64_t width, rpy_char fill);
rpy_str *rpy_str_center(rpy_str *s, int64_t width, rpy_char fill);
rpy_str *rpy_str_zfill(rpy_str *s, int64_t width);
/* s.partition(sep) / s.rpartition(sep): out[0..2]; ValueError "empty separator" */
void rpy_str_partition(rpy_str *s, rpy_str *sep, rpy_str *out[3]);
void rpy_str_rpartition(rpy_str *s, rpy_str *sep, rpy_str *out[3]);
rpy_str *rpy_str_removeprefix(rpy_str *s, rpy_str *prefix);
rpy_str *rpy_str_removesuffix(rpy_str *s, rpy_str *suffix);
rpy_str *rpy_str_capitalize(rpy_str *s);
rpy_str *rpy_str_title(rpy_str *s);
rpy_str *rpy_str_swapcase(rpy_str *s);
rpy_str *rpy_str_expandtabs(rpy_str *s, int64_t tabsize);
bool rpy_str_isascii(rpy_str *s);         /* True for '' too, as CPython */
bool rpy_str_isdecimal(rpy_str *s);
bool rpy_str_isnumeric(rpy_str *s);
bool rpy_str_isprintable(rpy_str *s);     /* True for '' too */
bool rpy_str_istitle(rpy_str *s);

/* Iteration helper for the translator: list(s) as a list of one-char str. */
rpy_list *rpy_str_to_list(rpy_str *s);
/* list(s) when the items are `char`: a list of code points in .u */
rpy_list *rpy_str_to_char_list(rpy_str *s);
/* sep.join(chars) for a list of `char` (code points in .u) */
rpy_str *rpy_str_join_chars(rpy_str *sep, rpy_list *chars);

#endif
