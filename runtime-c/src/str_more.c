/* str_more.c -- the less common str methods (rpy_str.h, "more methods"):
 * padding, partition, prefix removal, capitalize/title/swapcase,
 * expandtabs and the remaining predicates; CPython's algorithms. */
#include <string.h>
#include "rpy_str.h"
#include "rpy_strbuilder.h"
#include "rpy_unicode.h"
#include "rpy_exc.h"
#include "rt_internal.h"
#include "unicode_internal.h"

static rpy_str *pad(rpy_str *s, int64_t left, int64_t right, rpy_char fill)
{
    if (left <= 0 && right <= 0) return s;
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    rpy_strbuilder *sb = rpy_strbuilder_new(s->length + left + right);
    rpy_strbuilder_append_multiple_char(sb, fill, left);
    rpy_strbuilder_append(sb, s);
    rpy_strbuilder_append_multiple_char(sb, fill, right);
    return rpy_strbuilder_build(sb);
}

rpy_str *rpy_str_ljust(rpy_str *s, int64_t width, rpy_char fill) { return pad(s, 0, width - s->length, fill); }
rpy_str *rpy_str_rjust(rpy_str *s, int64_t width, rpy_char fill) { return pad(s, width - s->length, 0, fill); }

rpy_str *rpy_str_center(rpy_str *s, int64_t width, rpy_char fill)
{
    int64_t marg = width - s->length;
    if (marg <= 0) return s;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, fill);
}

rpy_str *rpy_str_zfill(rpy_str *s, int64_t width)
{
    if (width <= s->length) return s;
    rpy_str *r = pad(s, width - s->length, 0, '0');
    rpy_char c = s->length ? rpy_str_getchar(s, 0) : 0;
    if (c == '+' || c == '-') {           /* move the sign to the front */
        rpy_strbuilder *sb = rpy_strbuilder_new(width);
        rpy_strbuilder_append_char(sb, c);
        rpy_strbuilder_append_multiple_char(sb, '0', width - s->length);
        rpy_strbuilder_append_slice(sb, s, 1, s->length);
        return rpy_strbuilder_build(sb);
    }
    return r;
}

static void partition(rpy_str *s, rpy_str *sep, rpy_str *out[3], int dir)
{
    if (sep->length == 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "empty separator");
        out[0] = out[1] = out[2] = rpy_str_empty();
        return;
    }
    int64_t pos = rt_str_find_raw(s, sep, 0, s->length, dir);
    if (pos < 0) {
        if (dir > 0) { out[0] = s; out[1] = out[2] = rpy_str_empty(); }
        else { out[0] = out[1] = rpy_str_empty(); out[2] = s; }
        return;
    }
    out[0] = rt_str_substr(s, 0, pos);
    out[1] = sep;
    out[2] = rt_str_substr(s, pos + sep->length, s->length);
}

void rpy_str_partition(rpy_str *s, rpy_str *sep, rpy_str *out[3]) { partition(s, sep, out, 1); }
void rpy_str_rpartition(rpy_str *s, rpy_str *sep, rpy_str *out[3]) { partition(s, sep, out, -1); }

rpy_str *rpy_str_removeprefix(rpy_str *s, rpy_str *prefix)
{
    if (rpy_str_startswith(s, prefix, 0, RPY_SLICE_NONE)) return rt_str_substr(s, prefix->length, s->length);
    return s;
}

rpy_str *rpy_str_removesuffix(rpy_str *s, rpy_str *suffix)
{
    if (suffix->length && rpy_str_endswith(s, suffix, 0, RPY_SLICE_NONE))
        return rt_str_substr(s, 0, s->length - suffix->length);
    return s;
}

static void append_case(rpy_strbuilder *sb, rpy_char c, bool upper)
{
    rpy_char out[3];
    int n = rt_char_full_case(c, upper, out);
    for (int k = 0; k < n; k++) rpy_strbuilder_append_char(sb, out[k]);
}

static void append_title(rpy_strbuilder *sb, rpy_char c)
{
    rpy_char out[3];
    if (rt_char_istitle(c)) {        /* title-case letters (U+01C5 ...) map to themselves */
        rpy_strbuilder_append_char(sb, c);
        return;
    }
    int n = rt_char_full_title(c, out);
    for (int k = 0; k < n; k++) rpy_strbuilder_append_char(sb, out[k]);
}

/* capitalize (CAP_FIRST), title (CAP_WORDS) and swapcase (CAP_SWAP) of ASCII text: one
 * allocation, no case tables (every cased ASCII char is a letter). */
enum { CAP_FIRST, CAP_WORDS, CAP_SWAP };

static rpy_str *ascii_case(rpy_str *s, int mode)
{
    rpy_str *r = rpy_str_alloc(s->length, 1);
    r->flags = RPY_STR_ASCII;
    const uint8_t *p = RT_U8(s);
    uint8_t *q = RT_U8(r);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->length; i++) {
        uint8_t c = p[i];
        bool up = c >= 'A' && c <= 'Z', low = c >= 'a' && c <= 'z';
        bool to_upper = mode == CAP_SWAP ? low : mode == CAP_WORDS ? !prev_cased : i == 0;
        if (to_upper && low) c -= 32;
        else if (!to_upper && up) c += 32;
        q[i] = c;
        prev_cased = up || low;
    }
    return s->length <= 1 ? rpy_str_from_latin1((char *)q, s->length) : r;
}

rpy_str *rpy_str_capitalize(rpy_str *s)
{
    if (s->flags & RPY_STR_ASCII) return ascii_case(s, CAP_FIRST);
    rpy_strbuilder *sb = rpy_strbuilder_new(s->length);
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        if (i == 0) append_title(sb, c);
        else if (c == 0x3A3) rpy_strbuilder_append_char(sb, rt_final_sigma(s, i));
        else append_case(sb, c, false);
    }
    return rpy_strbuilder_build(sb);
}

rpy_str *rpy_str_title(rpy_str *s)
{
    if (s->flags & RPY_STR_ASCII) return ascii_case(s, CAP_WORDS);
    rpy_strbuilder *sb = rpy_strbuilder_new(s->length);
    bool prev_cased = false;
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        if (!prev_cased) append_title(sb, c);
        else if (c == 0x3A3) rpy_strbuilder_append_char(sb, rt_final_sigma(s, i));
        else append_case(sb, c, false);
        prev_cased = rpy_char_iscased(c);
    }
    return rpy_strbuilder_build(sb);
}

rpy_str *rpy_str_swapcase(rpy_str *s)
{
    if (s->flags & RPY_STR_ASCII) return ascii_case(s, CAP_SWAP);
    rpy_strbuilder *sb = rpy_strbuilder_new(s->length);
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        if (c == 0x3A3) rpy_strbuilder_append_char(sb, rt_final_sigma(s, i));
        else if (rpy_char_isupper(c)) append_case(sb, c, false);
        else if (rpy_char_islower(c)) append_case(sb, c, true);
        else rpy_strbuilder_append_char(sb, c);
    }
    return rpy_strbuilder_build(sb);
}

rpy_str *rpy_str_expandtabs(rpy_str *s, int64_t tabsize)
{
    rpy_strbuilder *sb = rpy_strbuilder_new(s->length);
    int64_t col = 0;
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t n = tabsize - col % tabsize;
                rpy_strbuilder_append_multiple_char(sb, ' ', n);
                col += n;
            }
        } else {
            rpy_strbuilder_append_char(sb, c);
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return rpy_strbuilder_build(sb);
}

bool rpy_str_isascii(rpy_str *s)
{
    if (s->kind != 1) return false;
    for (int64_t i = 0; i < s->length; i++) if (s->data[i] >= 128) return false;
    return true;
}

bool rpy_str_isdecimal(rpy_str *s)
{
    if (s->length == 0) return false;
    for (int64_t i = 0; i < s->length; i++) if (!rpy_char_isdecimal(rpy_str_getchar(s, i))) return false;
    return true;
}

bool rpy_str_isnumeric(rpy_str *s)
{
    if (s->length == 0) return false;
    for (int64_t i = 0; i < s->length; i++) {
        if (!rpy_char_isnumeric(rpy_str_getchar(s, i))) return false;
    }
    return true;
}

bool rpy_str_isprintable(rpy_str *s)
{
    for (int64_t i = 0; i < s->length; i++) if (!rpy_char_isprintable(rpy_str_getchar(s, i))) return false;
    return true;
}

bool rpy_str_istitle(rpy_str *s)
{
    bool cased = false, prev_cased = false;
    for (int64_t i = 0; i < s->length; i++) {
        rpy_char c = rpy_str_getchar(s, i);
        if (rpy_char_isupper(c) || rt_char_istitle(c)) {
            if (prev_cased) return false;
            prev_cased = cased = true;
        } else if (rpy_char_islower(c)) {
            if (!prev_cased) return false;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return cased;
}

rpy_list *rpy_str_to_char_list(rpy_str *s)
{
    rpy_list *l = rpy_list_new(s->length);
    for (int64_t i = 0; i < s->length; i++) l->items[i].u = rpy_str_getchar(s, i);
    return l;
}

rpy_str *rpy_str_join_chars(rpy_str *sep, rpy_list *chars)
{
    rpy_strbuilder *sb = rpy_strbuilder_new(chars->length * (1 + sep->length));
    for (int64_t i = 0; i < chars->length; i++) {
        if (i) rpy_strbuilder_append(sb, sep);
        rpy_strbuilder_append_char(sb, (rpy_char)chars->items[i].u);
    }
    return rpy_strbuilder_build(sb);
}
