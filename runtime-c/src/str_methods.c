/* str_methods.c -- the str methods beyond the core (rpy_str.h): replace,
 * case mapping, strip, split/rsplit, join, splitlines, predicates, ord/chr.
 * Each follows CPython's algorithm so that edge cases (empty separators,
 * maxsplit, final sigma, ...) give the same result. */
#include <string.h>
#include "rpy_str.h"
#include "rpy_strbuilder.h"
#include "rpy_unicode.h"
#include "rpy_exc.h"
#include "rt_internal.h"
#include "unicode_internal.h"

static inline rpy_word W(rpy_str *s) { return rpy_word_p(s); }

/* replace() when all three strings are 1 byte per char (nearly always): find the
 * occurrences first, then build the result in one exact allocation. */
static rpy_str *replace_latin1(rpy_str *s, rpy_str *old, rpy_str *new_, int64_t count)
{
    int64_t first = rt_str_find_raw(s, old, 0, s->length, 1);
    if (first < 0) return s;
    int64_t m = old->length, n = 1, i = first + m;
    while (n < count) {
        int64_t pos = rt_str_find_raw(s, old, i, s->length, 1);
        if (pos < 0) break;
        n++;
        i = pos + m;
    }
    int64_t len = s->length + n * (new_->length - m);
    rpy_str *r = rpy_str_alloc(len, 1);
    uint8_t *q = RT_U8(r);
    i = 0;
    for (int64_t k = 0, pos = first; k < n; k++) {
        if (k > 0) pos = rt_str_find_raw(s, old, i, s->length, 1);
        memcpy(q, RT_U8(s) + i, (size_t)(pos - i)); q += pos - i;
        memcpy(q, new_->data, (size_t)new_->length); q += new_->length;
        i = pos + m;
    }
    memcpy(q, RT_U8(s) + i, (size_t)(s->length - i));
    if (len <= 1) return rpy_str_from_latin1((const char *)RT_U8(r), len);   /* shared '' and chars */
    if ((s->flags & RPY_STR_ASCII) && (new_->flags & RPY_STR_ASCII)) {
        r->flags = RPY_STR_ASCII;
    } else {
        bool ascii = true;
        for (int64_t k = 0; k < len && ascii; k++) ascii = RT_U8(r)[k] < 128;
        if (ascii) r->flags = RPY_STR_ASCII;
    }
    return r;
}

rpy_str *rpy_str_replace(rpy_str *s, rpy_str *old, rpy_str *new_, int64_t count)
{
    if (count < 0) count = INT64_MAX;
    if (count == 0) return s;
    if (s->kind == 1 && old->kind == 1 && new_->kind == 1 && old->length > 0)
        return replace_latin1(s, old, new_, count);
    rpy_strbuilder *sb = rpy_strbuilder_new(s->length + 16);
    if (old->length == 0) {
        int64_t i = 0;
        for (; i < s->length && count > 0; i++, count--) {
            rpy_strbuilder_append(sb, new_);
            rpy_strbuilder_append_char(sb, rpy_str_getchar(s, i));
        }
        if (count > 0) rpy_strbuilder_append(sb, new_);
        rpy_strbuilder_append_slice(sb, s, i, s->length);
        return rpy_strbuilder_build(sb);
    }
    int64_t i = 0;
    bool any = false;
    while (count > 0) {
        int64_t pos = rt_str_find_raw(s, old, i, s->length, 1);
        if (pos < 0) break;
        rpy_strbuilder_append_slice(sb, s, i, pos);
        rpy_strbuilder_append(sb, new_);
        i = pos + old->length;
        count--;
        any = true;
    }
    if (!any) return s;
    rpy_strbuilder_append_slice(sb, s, i, s->length);
    return rpy_strbuilder_build(sb);
}

rpy_char rt_final_sigma(rpy_str *s, int64_t i)
{
    int64_t j = i - 1;
    while (j >= 0 && rt_char_iscaseignorable(rpy_str_getchar(s, j))) j--;
    bool fin = j >= 0 && rpy_char_iscased(rpy_str_getchar(s, j));
    if (fin) {
        j = i + 1;
        while (j < s->length && rt_char_iscaseignorable(rpy_str_getchar(s, j))) j++;
        fin = j == s->length || !rpy_char_iscased(rpy_str_getchar(s, j));
    }
    return fin ? 0x3C2 : 0x3C3;
}

static rpy_str *change_case(rpy_str *s, bool upper)
{
    if (s->flags & RPY_STR_ASCII) {
        rpy_str *r = rpy_str_alloc(s->length, 1);
        r->flags = RPY_STR_ASCII;
        const uint8_t *p = RT_U8(s);
        uint8_t *q = RT_U8(r);
        for (int64_t i = 0; i < s->length; i++) {
            uint8_t c = p[i];
            if (upper) q[i] = (c >= 'a' && c <= 'z') ? c - 32 : c;
            else q[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        }
        return s->length <= 1 ? rpy_str_from_latin1((char *)q, s->length) : r;
    }
    rpy_strbuilder *sb = rpy_strbuilder_new(s->length);
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i), out[3];
        if (!upper && c == 0x3A3) {
            rpy_strbuilder_append_char(sb, rt_final_sigma(s, i));
            continue;
        }
        int n = rt_char_full_case(c, upper, out);
        for (int k = 0; k < n; k++) rpy_strbuilder_append_char(sb, out[k]);
    }
    return rpy_strbuilder_build(sb);
}

rpy_str *rpy_str_lower(rpy_str *s) { return change_case(s, false); }
rpy_str *rpy_str_upper(rpy_str *s) { return change_case(s, true); }

static bool strip_char(rpy_str *chars, rpy_char c)
{
    return chars ? rpy_str_contains_char(chars, c) : rpy_char_isspace(c);
}

static rpy_str *do_strip(rpy_str *s, rpy_str *chars, bool left, bool right)
{
    int64_t i = 0, j = s->length;
    if (left) while (i < j && strip_char(chars, rpy_str_getchar(s, i))) i++;
    if (right) while (j > i && strip_char(chars, rpy_str_getchar(s, j - 1))) j--;
    return rt_str_substr(s, i, j);
}

rpy_str *rpy_str_strip(rpy_str *s, rpy_str *chars) { return do_strip(s, chars, true, true); }
rpy_str *rpy_str_lstrip(rpy_str *s, rpy_str *chars) { return do_strip(s, chars, true, false); }
rpy_str *rpy_str_rstrip(rpy_str *s, rpy_str *chars) { return do_strip(s, chars, false, true); }

static bool isws(rpy_str *s, int64_t i) { return rpy_char_isspace(rpy_str_getchar(s, i)); }

rpy_list *rpy_str_split(rpy_str *s, rpy_str *sep, int64_t maxsplit)
{
    if (maxsplit < 0) maxsplit = INT64_MAX;
    rpy_list *l = rpy_list_new_capacity(8);
    int64_t len = s->length, i = 0;
    if (!sep) {
        while (maxsplit-- > 0) {
            while (i < len && isws(s, i)) i++;
            if (i == len) break;
            int64_t j = i;
            while (i < len && !isws(s, i)) i++;
            rpy_list_append(l, W(rt_str_substr(s, j, i)));
        }
        if (i < len) {
            while (i < len && isws(s, i)) i++;
            if (i != len) rpy_list_append(l, W(rt_str_substr(s, i, len)));
        }
        return l;
    }
    if (sep->length == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "empty separator");
        return l;
    }
    while (maxsplit-- > 0) {
        int64_t pos = rt_str_find_raw(s, sep, i, len, 1);
        if (pos < 0) break;
        rpy_list_append(l, W(rt_str_substr(s, i, pos)));
        i = pos + sep->length;
    }
    rpy_list_append(l, W(rt_str_substr(s, i, len)));
    return l;
}

rpy_list *rpy_str_rsplit(rpy_str *s, rpy_str *sep, int64_t maxsplit)
{
    if (maxsplit < 0) maxsplit = INT64_MAX;
    rpy_list *l = rpy_list_new_capacity(8);
    int64_t j = s->length;
    if (!sep) {
        while (maxsplit-- > 0) {
            while (j > 0 && isws(s, j - 1)) j--;
            if (j == 0) break;
            int64_t k = j;
            while (j > 0 && !isws(s, j - 1)) j--;
            rpy_list_append(l, W(rt_str_substr(s, j, k)));
        }
        if (j > 0) {
            while (j > 0 && isws(s, j - 1)) j--;
            if (j != 0) rpy_list_append(l, W(rt_str_substr(s, 0, j)));
        }
        rpy_list_reverse(l);
        return l;
    }
    if (sep->length == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "empty separator");
        return l;
    }
    while (maxsplit-- > 0) {
        int64_t pos = rt_str_find_raw(s, sep, 0, j, -1);
        if (pos < 0) break;
        rpy_list_append(l, W(rt_str_substr(s, pos + sep->length, j)));
        j = pos;
    }
    rpy_list_append(l, W(rt_str_substr(s, 0, j)));
    rpy_list_reverse(l);
    return l;
}

rpy_str *rpy_str_join(rpy_str *sep, rpy_list *items)
{
    int64_t n = items->length;
    if (n == 0) return rpy_str_empty();
    if (n == 1) return items->items[0].p;
    int64_t total = sep->length * (n - 1);
    uint32_t kind = sep->kind;
    bool ascii = (sep->flags & RPY_STR_ASCII) != 0;
    rpy_str *only = NULL;           /* the one non-empty item, if there is just one */
    int64_t nonempty = 0;
    for (int64_t i = 0; i < n; i++) {
        rpy_str *x = items->items[i].p;
        total += x->length;
        if (x->kind > kind) kind = x->kind;
        if (!(x->flags & RPY_STR_ASCII)) ascii = false;
        if (x->length) { only = x; nonempty++; }
    }
    /* "".join(["", s, ""]) (the interpreter's formatting lays pieces out so) is s itself */
    if (sep->length == 0 && nonempty <= 1) return only ? only : rpy_str_empty();
    rpy_str *r = rpy_str_alloc(total, kind);
    int64_t at = 0;
    for (int64_t i = 0; i < n; i++) {
        rpy_str *x = items->items[i].p;
        for (int pass = 0; pass < 2; pass++) {
            rpy_str *part = pass == 0 ? (i ? sep : NULL) : x;
            if (!part || part->length == 0) continue;
            if (part->kind == kind) {
                memcpy(r->data + at * kind, part->data, (size_t)(part->length * kind));
            } else {
                for (int64_t k = 0; k < part->length; k++) RT_U32(r)[at + k] = RT_U8(part)[k];
            }
            at += part->length;
        }
    }
    if (ascii) r->flags = RPY_STR_ASCII;
    else if (kind == 1) {
        bool a = true;
        for (int64_t k = 0; k < total && a; k++) a = RT_U8(r)[k] < 128;
        if (a) r->flags = RPY_STR_ASCII;
    }
    if (total <= 1) return rt_str_substr(r, 0, total);
    return r;
}

rpy_list *rpy_str_splitlines(rpy_str *s, bool keepends)
{
    rpy_list *l = rpy_list_new_capacity(8);
    int64_t len = s->length, i = 0;
    while (i < len) {
        int64_t j = i;
        while (i < len && !rpy_char_islinebreak(rpy_str_getchar(s, i))) i++;
        int64_t eol = i;
        if (i < len) {
            if (rpy_str_getchar(s, i) == '\r' && i + 1 < len && rpy_str_getchar(s, i + 1) == '\n')
                i += 2;
            else
                i++;
            if (keepends) eol = i;
        }
        rpy_list_append(l, W(rt_str_substr(s, j, eol)));
    }
    return l;
}

#define ALL_CHARS(s, pred) do { \
        if ((s)->length == 0) return false; \
        for (int64_t i_ = 0; i_ < (s)->length; i_++) \
            if (!pred(rpy_str_getchar((s), i_))) return false; \
        return true; \
    } while (0)

bool rpy_str_isdigit(rpy_str *s) { ALL_CHARS(s, rpy_char_isdigit); }
bool rpy_str_isalpha(rpy_str *s) { ALL_CHARS(s, rpy_char_isalpha); }
bool rpy_str_isalnum(rpy_str *s) { ALL_CHARS(s, rpy_char_isalnum); }
bool rpy_str_isspace(rpy_str *s) { ALL_CHARS(s, rpy_char_isspace); }

bool rpy_str_isupper(rpy_str *s)
{
    bool cased = false;
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        if (rpy_char_islower(c) || rt_char_istitle(c)) return false;
        if (!cased && rpy_char_isupper(c)) cased = true;
    }
    return cased;
}

bool rpy_str_islower(rpy_str *s)
{
    bool cased = false;
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        if (rpy_char_isupper(c) || rt_char_istitle(c)) return false;
        if (!cased && rpy_char_islower(c)) cased = true;
    }
    return cased;
}

int64_t rpy_str_ord(rpy_str *s)
{
    if (s->length != 1) {
        rpy_raise_msg(RPY_EXC_TYPEERROR, "ord() expected a character, but string of length %lld found",
                      (long long)s->length);
        return 0;
    }
    return rpy_str_getchar(s, 0);
}

rpy_char rpy_char_chr(int64_t i)
{
    if (i < 0 || i > 0x10FFFF) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "chr() arg not in range(0x110000)");
        return 0;
    }
    return (rpy_char)i;
}

rpy_str *rpy_str_chr(int64_t i)
{
    if (i < 0 || i > 0x10FFFF) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return rpy_str_from_char((rpy_char)i);
}

rpy_list *rpy_str_to_list(rpy_str *s)
{
    rpy_list *l = rpy_list_new(s->length);
    for (int64_t i = 0; i < s->length; i++)
        l->items[i] = W(rpy_str_from_char(rpy_str_getchar(s, i)));
    return l;
}
