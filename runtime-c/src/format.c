/* format.c -- format()/f-string specs and %-conversions of one value
 * (rpy_format.h).  Follows CPython 3.11's Python/formatter_unicode.c: the
 * spec is parsed into struct spec, the value is turned into sign, prefix,
 * integer digits and a remainder (fraction, exponent, '%'), and
 * layout_number() groups the digits and pads as CPython does (including
 * zero padding that is itself grouped: format(1, '08,d') == '0,000,001'). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rpy_format.h"
#include "rpy_strbuilder.h"
#include "rpy_strconv.h"
#include "rpy_float.h"
#include "rpy_exc.h"
#include "rpy_gc.h"
#include "rt_internal.h"

struct spec {
    rpy_char fill;
    char align;              /* '<' '>' '^' '=' */
    char sign;               /* '-' '+' ' ' */
    bool z, alt, fill_given, align_given;
    int64_t width;           /* -1: none */
    char grouping;           /* 0, ',' or '_' */
    int64_t precision;       /* -1: none */
    char type;               /* 0: none */
};

static bool is_align(rpy_char c) { return c == '<' || c == '>' || c == '^' || c == '='; }
static bool is_digit(rpy_char c) { return c >= '0' && c <= '9'; }

/* The spec text: an rpy_str's data or a C string (kind 1), read without copying. */
struct spec_text { const unsigned char *data; uint32_t kind; int64_t length; };

static rpy_char spec_char(const struct spec_text *s, int64_t i)
{
    return s->kind == 1 ? (rpy_char)s->data[i] : ((const uint32_t *)s->data)[i];
}

static struct spec_text spec_of_str(rpy_str *s)
{
    return (struct spec_text){ s->data, s->kind, s->length };
}

static struct spec_text spec_of_cstr(const char *s)
{
    return (struct spec_text){ (const unsigned char *)s, 1, (int64_t)strlen(s) };
}

static bool parse_spec(const struct spec_text *s, char default_align, const char *tname, struct spec *sp)
{
    int64_t n = s->length, i = 0;
    sp->fill = ' '; sp->align = default_align; sp->sign = '-';
    sp->z = sp->alt = sp->fill_given = sp->align_given = false;
    sp->width = -1; sp->grouping = 0; sp->precision = -1; sp->type = 0;
#define AT(k) spec_char(s, (k))
    if (n >= 2 && is_align(AT(1))) {
        sp->fill = AT(0); sp->align = (char)AT(1); sp->fill_given = sp->align_given = true; i = 2;
    } else if (n >= 1 && is_align(AT(0))) {
        sp->align = (char)AT(0); sp->align_given = true; i = 1;
    }
    if (i < n && (AT(i) == '+' || AT(i) == '-' || AT(i) == ' ')) sp->sign = (char)AT(i++);
    if (i < n && AT(i) == 'z') { sp->z = true; i++; }
    if (i < n && AT(i) == '#') { sp->alt = true; i++; }
    if (!sp->fill_given && i < n && AT(i) == '0') {
        sp->fill = '0';
        if (!sp->align_given && default_align == '>') sp->align = '=';
        i++;
    }
    if (i < n && is_digit(AT(i))) {
        sp->width = 0;
        while (i < n && is_digit(AT(i))) {
            sp->width = sp->width * 10 + (AT(i) - '0');
            if (sp->width > 100000000) goto too_big;
            i++;
        }
    }
    if (i < n && AT(i) == ',') { sp->grouping = ','; i++; }
    if (i < n && AT(i) == '_') {
        if (sp->grouping) { rpy_raise_msg(RPY_EXC_VALUEERROR, "Cannot specify both ',' and '_'."); return false; }
        sp->grouping = '_'; i++;
    }
    if (i < n && AT(i) == ',') {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "Cannot specify both ',' and '_'.");
        return false;
    }
    if (i < n && AT(i) == '.') {
        i++;
        if (i >= n || !is_digit(AT(i))) {
            rpy_raise_msg(RPY_EXC_VALUEERROR, "Format specifier missing precision");
            return false;
        }
        sp->precision = 0;
        while (i < n && is_digit(AT(i))) {
            sp->precision = sp->precision * 10 + (AT(i) - '0');
            if (sp->precision > 100000000) goto too_big;
            i++;
        }
    }
    if (n - i > 1) {
        rpy_str *text = s->kind == 1 ? rpy_str_from_latin1((const char *)s->data, s->length)
                                     : rpy_str_from_chars((const rpy_char *)s->data, s->length);
        rpy_raise_msg(RPY_EXC_VALUEERROR, "Invalid format specifier '%s' for object of type '%s'",
                      rpy_str_to_utf8(text, NULL), tname);
        return false;
    }
    if (i < n) {
        rpy_char t = AT(i);
        sp->type = t < 128 ? (char)t : '?';
    }
    if (sp->grouping) {
        switch (sp->type) {
        case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (sp->grouping == '_') break;
            /* fall through */
        default:
            rpy_raise_msg(RPY_EXC_VALUEERROR, "Cannot specify '%c' with '%c'.", sp->grouping,
                          sp->type ? sp->type : 's');
            return false;
        }
    }
    return true;
#undef AT
too_big:
    rpy_raise_msg(RPY_EXC_VALUEERROR, "Too many decimal digits in format string");
    return false;
}

static void unknown_code(const struct spec *sp, const char *tname)
{
    rpy_raise_msg(RPY_EXC_VALUEERROR, "Unknown format code '%c' for object of type '%s'", sp->type, tname);
}

/* Pad `body` (already built) to the width per fill/align (non-numeric). */
static rpy_str *pad_str(rpy_str *body, const struct spec *sp, char default_align)
{
    int64_t w = sp->width, n = body->length;
    if (w <= n) return body;
    char al = sp->align ? sp->align : default_align;
    int64_t left = 0, pad = w - n;
    if (al == '>') left = pad;
    else if (al == '^') left = pad / 2;
    if (sp->fill < 256 && body->kind == 1) {
        rpy_str *r = rpy_str_alloc(w, 1);
        memset(RT_U8(r), (int)sp->fill, (size_t)left);
        memcpy(RT_U8(r) + left, body->data, (size_t)n);
        memset(RT_U8(r) + left + n, (int)sp->fill, (size_t)(pad - left));
        if (sp->fill < 128 && (body->flags & RPY_STR_ASCII)) r->flags = RPY_STR_ASCII;
        return r;
    }
    rpy_strbuilder *sb = rpy_strbuilder_new(w);
    rpy_strbuilder_append_multiple_char(sb, sp->fill, left);
    rpy_strbuilder_append(sb, body);
    rpy_strbuilder_append_multiple_char(sb, sp->fill, pad - left);
    return rpy_strbuilder_build(sb);
}

/* Group `digits` (ASCII, most significant first) into `out` per CPython's
 * _PyUnicode_InsertThousandsGrouping with a minimum width.  Returns the
 * grouped text (NUL-terminated, GC memory). */
static char *group_digits(const char *digits, int64_t nd, char sep, int gsize, int64_t min_width)
{
    int64_t cap = (nd + (min_width > 0 ? min_width : 0) + 2) * 2 + 8;
    char *tmp = rpy_malloc_atomic((size_t)cap);
    int64_t pos = cap - 1;           /* write backwards */
    tmp[pos] = 0;
    int64_t remaining = nd;
    bool use_sep = false;
    for (;;) {
        int64_t len = gsize;
        int64_t m = remaining > min_width ? remaining : min_width;
        if (m < 1) m = 1;
        if (len > m) len = m;
        int64_t n_zeros = len - remaining > 0 ? len - remaining : 0;
        int64_t n_chars = remaining < len ? remaining : len;
        if (n_chars < 0) n_chars = 0;
        if (use_sep) tmp[--pos] = sep;
        for (int64_t k = 0; k < n_chars; k++) tmp[--pos] = digits[remaining - 1 - k];
        for (int64_t k = 0; k < n_zeros; k++) tmp[--pos] = '0';
        use_sep = true;
        remaining -= n_chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    return tmp + pos;
}

/* Assemble a number: sign, prefix, integer digits (grouped), remainder. */
static rpy_str *layout_number(const struct spec *sp, const char *sign, const char *prefix,
                              const char *digits, int64_t nd, const char *rest, bool groupable)
{
    int64_t nsign = (int64_t)strlen(sign), npre = (int64_t)strlen(prefix), nrest = (int64_t)strlen(rest);
    const char *body = digits;
    int64_t nbody = nd;
    if (sp->grouping && groupable) {
        int gsize = (sp->grouping == '_' && (sp->type == 'x' || sp->type == 'X' || sp->type == 'o' ||
                                             sp->type == 'b')) ? 4 : 3;
        int64_t minw = 0;
        if (sp->fill == '0' && sp->align == '=' && sp->width > 0)
            minw = sp->width - nsign - npre - nrest;
        body = group_digits(digits, nd, sp->grouping, gsize, minw);
        nbody = (int64_t)strlen(body);
    }
    int64_t total = nsign + npre + nbody + nrest;
    int64_t pad = sp->width > total ? sp->width - total : 0;
    int64_t left = 0, mid = 0, right = 0;
    switch (sp->align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': mid = pad; break;
    default: left = pad; break;
    }
    if (sp->fill < 256 && total + pad > 1) {
        /* the number itself is ASCII: build the result in place */
        rpy_str *r = rpy_str_alloc(total + pad, 1);
        uint8_t *q = RT_U8(r);
        memset(q, (int)sp->fill, (size_t)left); q += left;
        memcpy(q, sign, (size_t)nsign); q += nsign;
        memcpy(q, prefix, (size_t)npre); q += npre;
        memset(q, (int)sp->fill, (size_t)mid); q += mid;
        memcpy(q, body, (size_t)nbody); q += nbody;
        memcpy(q, rest, (size_t)nrest); q += nrest;
        memset(q, (int)sp->fill, (size_t)right);
        if (sp->fill < 128 || pad == 0) r->flags = RPY_STR_ASCII;
        return r;
    }
    rpy_strbuilder *sb = rpy_strbuilder_new(total + pad);
    rpy_strbuilder_append_multiple_char(sb, sp->fill, left);
    rpy_strbuilder_append_utf8(sb, sign, nsign);
    rpy_strbuilder_append_utf8(sb, prefix, npre);
    rpy_strbuilder_append_multiple_char(sb, sp->fill, mid);
    rpy_strbuilder_append_utf8(sb, body, nbody);
    rpy_strbuilder_append_utf8(sb, rest, nrest);
    rpy_strbuilder_append_multiple_char(sb, sp->fill, right);
    return rpy_strbuilder_build(sb);
}

/* ---- floats ---- */

/* 'g'-style digits with CPython's rules; x finite >= 0.  add_dot0: the
 * no-type-with-precision case (switch to exponent one digit earlier,
 * append ".0" to integers). */
static char *fmt_g(double x, int64_t prec, bool alt, bool add_dot0, bool upper)
{
    if (prec == 0) prec = 1;
    char *buf = rpy_malloc_atomic((size_t)prec + 32);
    snprintf(buf, (size_t)prec + 32, "%.*e", (int)(prec - 1), x);
    char *digits = rpy_malloc_atomic((size_t)prec + 2);
    int nd = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++) if (is_digit((rpy_char)*p)) digits[nd++] = *p;
    int decpt = atoi(p + 1) + 1;
    bool use_exp = decpt <= -4 || decpt > (add_dot0 ? prec - 1 : prec);
    if (!alt) while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    char *out = rpy_malloc_atomic((size_t)nd + (size_t)abs(decpt) + 40);
    char *q = out;
    if (use_exp) {
        *q++ = digits[0];
        if (nd > 1 || alt) *q++ = '.';
        memcpy(q, digits + 1, (size_t)(nd - 1)); q += nd - 1;
        q += sprintf(q, "%c%c%02d", upper ? 'E' : 'e', decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        *q++ = '0'; *q++ = '.';
        for (int k = 0; k < -decpt; k++) *q++ = '0';
        memcpy(q, digits, (size_t)nd); q += nd;
    } else if (decpt >= nd) {
        memcpy(q, digits, (size_t)nd); q += nd;
        for (int k = nd; k < decpt; k++) *q++ = '0';
        if (alt) *q++ = '.';
        else if (add_dot0) { *q++ = '.'; *q++ = '0'; }
    } else {
        memcpy(q, digits, (size_t)decpt); q += decpt;
        *q++ = '.';
        memcpy(q, digits + decpt, (size_t)(nd - decpt)); q += nd - decpt;
    }
    *q = 0;
    return out;
}

/* Format |x| per sp->type into ASCII (no sign).  `small` (FLOAT_SMALL bytes) is used
 * when the text fits, saving an allocation in the common cases. */
#define FLOAT_SMALL 64
static char *float_body(double ax, const struct spec *sp, int64_t prec, char *small)
{
    char type = sp->type;
    if (type == 0) {
        if (prec < 0) {
            char *buf = small;
            int n = rpy_float_repr_buf(ax, buf);
            char *e = strchr(buf, 'e');
            if (sp->alt && e && !strchr(buf, '.')) {     /* '#': always a point */
                memmove(e + 1, e, (size_t)(buf + n + 1 - e));
                *e = '.';
            }
            return buf;
        }
        return fmt_g(ax, prec, sp->alt, true, false);
    }
    if (prec < 0) prec = 6;
    if (type == 'g' || type == 'G' || type == 'n')
        return fmt_g(ax, prec, sp->alt, false, type == 'G');
    char cfmt[8], *c = cfmt;
    *c++ = '%';
    if (sp->alt) *c++ = '#';
    *c++ = '.'; *c++ = '*';
    *c++ = type == '%' ? 'f' : type;
    *c = 0;
    double v = type == '%' ? ax * 100.0 : ax;
    size_t cap = (size_t)prec + 340;
    /* 'e' is short; 'f' has at most 309 integer digits, fewer below 1e15 */
    bool fits = prec < 24 && (type == 'e' || type == 'E' || v < 1e15);
    char *buf = fits ? small : rpy_malloc_atomic(cap + 2);
    int n = snprintf(buf, cap, cfmt, (int)prec, v);
    if (type == '%') { buf[n] = '%'; buf[n + 1] = 0; }
    return buf;
}

static bool all_zero_digits(const char *body)
{
    for (const char *p = body; *p && *p != 'e' && *p != 'E' && *p != '%'; p++)
        if (*p >= '1' && *p <= '9') return false;
    return true;
}

static rpy_str *format_float_spec(double x, const struct spec *sp)
{
    switch (sp->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': break;
    default: unknown_code(sp, "float"); return NULL;
    }
    bool neg = signbit(x) && !isnan(x);
    const char *body;
    char small[FLOAT_SMALL];
    bool upper = sp->type == 'E' || sp->type == 'F' || sp->type == 'G';
    if (isnan(x) || isinf(x)) {
        const char *b = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        if (sp->type == '%') {
            char *t = rpy_malloc_atomic(8);
            snprintf(t, 8, "%s%%", b);
            b = t;
        }
        body = b;
    } else {
        body = float_body(fabs(x), sp, sp->precision, small);
        if (neg && sp->z && all_zero_digits(body)) neg = false;
    }
    const char *sign = neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    int64_t nd = 0;
    bool finite = isfinite(x);
    if (finite) while (is_digit((rpy_char)body[nd])) nd++;
    return layout_number(sp, sign, "", body, nd, body + nd, finite);
}

/* ---- ints ---- */

static int ulltoa_base(uint64_t v, int base, bool upper, char *out)
{
    char tmp[72];
    int n = 0;
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do { tmp[n++] = dig[v % (unsigned)base]; v /= (unsigned)base; } while (v);
    for (int k = 0; k < n; k++) out[k] = tmp[n - 1 - k];
    out[n] = 0;
    return n;
}

static rpy_str *format_int_spec(bool neg, uint64_t mag, const struct spec *sp)
{
    if (sp->z) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "Negative zero coercion (z) not allowed in integer format specifier");
        return NULL;
    }
    switch (sp->type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = (double)mag;
        return format_float_spec(neg ? -d : d, sp);
    }
    case 0: case 'd': case 'n': case 'x': case 'X': case 'o': case 'b': case 'c': break;
    default: unknown_code(sp, "int"); return NULL;
    }
    if (sp->precision >= 0) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "Precision not allowed in integer format specifier");
        return NULL;
    }
    if (sp->type == 'c') {
        if (sp->sign != '-') {
            rpy_raise_msg(RPY_EXC_VALUEERROR, "Sign not allowed with integer format specifier 'c'");
            return NULL;
        }
        if (neg || mag > 0x10FFFF) {
            rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "%%c arg not in range(0x110000)");
            return NULL;
        }
        return pad_str(rpy_str_from_char((rpy_char)mag), sp, '>');
    }
    char digits[72];
    const char *prefix = "";
    int base = 10;
    switch (sp->type) {
    case 'x': base = 16; prefix = sp->alt ? "0x" : ""; break;
    case 'X': base = 16; prefix = sp->alt ? "0X" : ""; break;
    case 'o': base = 8; prefix = sp->alt ? "0o" : ""; break;
    case 'b': base = 2; prefix = sp->alt ? "0b" : ""; break;
    default: break;
    }
    int nd = ulltoa_base(mag, base, sp->type == 'X', digits);
    const char *sign = neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    return layout_number(sp, sign, prefix, digits, nd, "", sp->type != 'n');
}

static rpy_str *format_str_text(rpy_str *v, const struct spec_text *spec);

static uint64_t magnitude(int64_t v) { return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v; }

static rpy_str *format_int_text(int64_t v, const struct spec_text *spec)
{
    if (spec->length == 0) return rpy_str_of_int(v);
    struct spec sp;
    if (!parse_spec(spec, '>', "int", &sp)) return NULL;
    return format_int_spec(v < 0, magnitude(v), &sp);
}

rpy_str *rpy_format_int(int64_t v, rpy_str *spec)
{
    struct spec_text t = spec_of_str(spec);
    return format_int_text(v, &t);
}

rpy_str *rpy_format_uint(uint64_t v, rpy_str *spec)
{
    if (spec->length == 0) return rpy_str_of_uint(v);
    struct spec sp;
    struct spec_text t = spec_of_str(spec);
    if (!parse_spec(&t, '>', "int", &sp)) return NULL;
    return format_int_spec(false, v, &sp);
}

rpy_str *rpy_format_bool(bool v, rpy_str *spec)
{
    if (spec->length == 0) return rpy_str_of_bool(v);
    return rpy_format_int(v, spec);
}

static rpy_str *format_float_text(double v, const struct spec_text *spec)
{
    if (spec->length == 0) return rpy_str_of_float(v);
    struct spec sp;
    if (!parse_spec(spec, '>', "float", &sp)) return NULL;
    return format_float_spec(v, &sp);
}

rpy_str *rpy_format_float(double v, rpy_str *spec)
{
    struct spec_text t = spec_of_str(spec);
    return format_float_text(v, &t);
}

rpy_str *rpy_format_str(rpy_str *v, rpy_str *spec)
{
    struct spec_text t = spec_of_str(spec);
    return format_str_text(v, &t);
}

static rpy_str *format_str_text(rpy_str *v, const struct spec_text *spec)
{
    if (spec->length == 0) return v;
    struct spec sp;
    if (!parse_spec(spec, '<', "str", &sp)) return NULL;
    if (sp.type != 0 && sp.type != 's') { unknown_code(&sp, "str"); return NULL; }
    if (sp.sign != '-') {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "Sign not allowed in string format specifier");
        return NULL;
    }
    if (sp.alt) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "Alternate form (#) not allowed in string format specifier");
        return NULL;
    }
    if (sp.align == '=') {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    if (sp.grouping) {
        rpy_raise_msg(RPY_EXC_VALUEERROR, "Cannot specify '%c' with 's'.", sp.grouping);
        return NULL;
    }
    if (sp.precision >= 0 && sp.precision < v->length) v = rt_str_substr(v, 0, sp.precision);
    return pad_str(v, &sp, '<');
}

rpy_str *rpy_format_int_c(int64_t v, const char *spec)
{
    struct spec_text t = spec_of_cstr(spec);
    return format_int_text(v, &t);
}

rpy_str *rpy_format_float_c(double v, const char *spec)
{
    struct spec_text t = spec_of_cstr(spec);
    return format_float_text(v, &t);
}

rpy_str *rpy_format_str_c(rpy_str *v, const char *spec)
{
    struct spec_text t = spec_of_cstr(spec);
    return format_str_text(v, &t);
}

/* ---- %-formatting ---- */

struct pct { bool left, plus, space, alt, zero; int64_t width, prec; char conv; };

static void parse_pct(const char *s, struct pct *p)
{
    memset(p, 0, sizeof *p);
    p->width = -1; p->prec = -1;
    for (;; s++) {
        if (*s == '-') p->left = true;
        else if (*s == '+') p->plus = true;
        else if (*s == ' ') p->space = true;
        else if (*s == '#') p->alt = true;
        else if (*s == '0') p->zero = true;
        else break;
    }
    if (is_digit((rpy_char)*s)) { p->width = 0; while (is_digit((rpy_char)*s)) p->width = p->width * 10 + (*s++ - '0'); }
    if (*s == '.') { s++; p->prec = 0; while (is_digit((rpy_char)*s)) p->prec = p->prec * 10 + (*s++ - '0'); }
    while (*s == 'l' || *s == 'h' || *s == 'L') s++;       /* length modifiers are ignored */
    p->conv = *s;
}

/* sign + prefix + body, padded to width ('-' left, '0' zeros after the
 * prefix, else spaces on the left). */
static rpy_str *pct_layout(const struct pct *p, const char *sign, const char *prefix, const char *body)
{
    int64_t ns = (int64_t)strlen(sign), np = (int64_t)strlen(prefix), nb = (int64_t)strlen(body);
    int64_t pad = p->width > ns + np + nb ? p->width - (ns + np + nb) : 0;
    rpy_strbuilder *sb = rpy_strbuilder_new(ns + np + nb + pad);
    if (!p->left && !p->zero) rpy_strbuilder_append_multiple_char(sb, ' ', pad);
    rpy_strbuilder_append_utf8(sb, sign, ns);
    rpy_strbuilder_append_utf8(sb, prefix, np);
    if (!p->left && p->zero) rpy_strbuilder_append_multiple_char(sb, '0', pad);
    rpy_strbuilder_append_utf8(sb, body, nb);
    if (p->left) rpy_strbuilder_append_multiple_char(sb, ' ', pad);
    return rpy_strbuilder_build(sb);
}

static rpy_str *pct_text(const struct pct *p, rpy_str *text)
{
    if (p->prec >= 0 && p->prec < text->length) text = rt_str_substr(text, 0, p->prec);
    if (p->width <= text->length) return text;
    rpy_strbuilder *sb = rpy_strbuilder_new(p->width);
    if (!p->left) rpy_strbuilder_append_multiple_char(sb, ' ', p->width - text->length);
    rpy_strbuilder_append(sb, text);
    if (p->left) rpy_strbuilder_append_multiple_char(sb, ' ', p->width - text->length);
    return rpy_strbuilder_build(sb);
}

static const char *pct_sign(const struct pct *p, bool neg)
{
    return neg ? "-" : p->plus ? "+" : p->space ? " " : "";
}

static rpy_str *pct_float(double x, const struct pct *p);

static rpy_str *pct_int(int64_t v, const struct pct *p)
{
    char digits[72];
    const char *prefix = "";
    int base = 10;
    switch (p->conv) {
    case 'd': case 'i': case 'u': break;
    case 'x': base = 16; if (p->alt) prefix = "0x"; break;
    case 'X': base = 16; if (p->alt) prefix = "0X"; break;
    case 'o': base = 8; if (p->alt) prefix = "0o"; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        return pct_float((double)v, p);
    case 's': case 'r': case 'a':
        return pct_text(p, rpy_str_of_int(v));
    case 'c':
        if (v < 0 || v > 0x10FFFF) {
            rpy_raise_msg(RPY_EXC_OVERFLOWERROR, "%%c arg not in range(0x110000)");
            return NULL;
        }
        return pct_text(&(struct pct){ .left = p->left, .width = p->width, .prec = -1 },
                        rpy_str_from_char((rpy_char)v));
    default:
        rpy_raise_msg(RPY_EXC_VALUEERROR, "unsupported format character '%c'", p->conv);
        return NULL;
    }
    int nd = ulltoa_base(magnitude(v), base, p->conv == 'X', digits);
    char *body = digits;
    if (p->prec > nd) {
        body = rpy_malloc_atomic((size_t)p->prec + 1);
        memset(body, '0', (size_t)(p->prec - nd));
        memcpy(body + p->prec - nd, digits, (size_t)nd + 1);
    }
    return pct_layout(p, pct_sign(p, v < 0), prefix, body);
}

static rpy_str *pct_float(double x, const struct pct *p)
{
    switch (p->conv) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': break;
    case 'd': case 'i': case 'u': {
        if (isfinite(x) && fabs(x) >= 9223372036854775808.0) {
            /* CPython makes a long: print the float's exact integer value */
            struct pct q = *p;
            char *digits = rpy_malloc_atomic(400);
            snprintf(digits, 400, "%.0f", fabs(trunc(x)));
            if (q.prec > (int64_t)strlen(digits)) q.prec = -1;    /* always shorter */
            return pct_layout(&q, pct_sign(p, x < 0), "", digits);
        }
        int64_t iv = rpy_float_to_int(x);
        if (rpy_exc_type) return NULL;
        return pct_int(iv, p);
    }
    case 's': case 'r': case 'a':
        return pct_text(p, rpy_str_of_float(x));
    case 'x': case 'X': case 'o': case 'c':
        rpy_raise_msg(RPY_EXC_TYPEERROR, "%%%c format: an integer is required, not float", p->conv);
        return NULL;
    default:
        rpy_raise_msg(RPY_EXC_VALUEERROR, "unsupported format character '%c'", p->conv);
        return NULL;
    }
    bool upper = p->conv == 'E' || p->conv == 'F' || p->conv == 'G';
    if (!isfinite(x)) {
        const char *b = isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return pct_layout(p, pct_sign(p, isinf(x) && x < 0), "", b);
    }
    int64_t prec = p->prec < 0 ? 6 : p->prec;
    char cfmt[8], *c = cfmt;
    *c++ = '%';
    if (p->alt) *c++ = '#';
    *c++ = '.'; *c++ = '*'; *c++ = p->conv; *c = 0;
    size_t cap = (size_t)prec + 340;
    char *buf = rpy_malloc_atomic(cap);
    snprintf(buf, cap, cfmt, (int)prec, fabs(x));
    return pct_layout(p, pct_sign(p, signbit(x)), "", buf);
}

rpy_str *rpy_percent_int(int64_t v, const char *spec)
{
    struct pct p;
    parse_pct(spec, &p);
    return pct_int(v, &p);
}

rpy_str *rpy_percent_float(double v, const char *spec)
{
    struct pct p;
    parse_pct(spec, &p);
    return pct_float(v, &p);
}

rpy_str *rpy_percent_str(rpy_str *v, const char *spec)
{
    struct pct p;
    parse_pct(spec, &p);
    switch (p.conv) {
    case 's': return pct_text(&p, v);
    case 'r': case 'a': return pct_text(&p, rpy_str_repr(v));
    case 'c':
        if (v->length == 1) return pct_text(&(struct pct){ .left = p.left, .width = p.width, .prec = -1 }, v);
        rpy_raise_msg(RPY_EXC_TYPEERROR, "%%c requires int or char");
        return NULL;
    default:
        rpy_raise_msg(RPY_EXC_TYPEERROR, "%%%c format: a real number is required, not str", p.conv);
        return NULL;
    }
}

rpy_str *rpy_percent_char(rpy_char c, const char *spec)
{
    return rpy_percent_str(rpy_str_from_char(c), spec);
}
