/* hello.c -- what a translated program looks like from the runtime's side:
 * it defines rpy_raise_builtin (here: a tiny exception "class" table),
 * calls rpy_runtime_init, uses the API and prints through the buffered
 * stdout.  Built and run by `make test`; its output must equal hello.out. */
#include "rpy_runtime.h"

/* A stand-in for the translator's exception classes: one vtable per kind. */
struct exc_vtable { const char *name; };
struct exc_instance { struct exc_vtable *cls; rpy_str *message; };
static struct exc_vtable vtables[RPY_EXC__COUNT];

void rpy_raise_builtin(enum rpy_builtin_exc kind, rpy_str *message)
{
    struct exc_instance *e = rpy_malloc(sizeof *e);
    vtables[kind].name = rpy_builtin_exc_name(kind);
    e->cls = &vtables[kind];
    e->message = message;
    rpy_exc_type = e->cls;
    rpy_exc_value = e;
}

static void print_str(rpy_str *s)
{
    rpy_stdout_write(s);
    rpy_stdout_write_char('\n');
}

static bool lt_len(rpy_word a, rpy_word b, void *ctx)
{
    (void)ctx;
    return rpy_str_len(a.p) < rpy_str_len(b.p);
}

int main(int argc, char **argv)
{
    rpy_runtime_init(argc, argv);
    rpy_list *args = rpy_argv_to_list(argc, argv);
    rpy_str *lit = rpy_str_from_utf8("h\xc3\xa9llo w\xc3\xb6rld \xe4\xb8\xad", 17);
    print_str(rpy_str_upper(lit));
    print_str(rpy_str_repr(lit));
    /* f"{x:>10.3f}|{n:,}|{s!r:^12}" */
    rpy_strbuilder *sb = rpy_strbuilder_new(32);
    rpy_strbuilder_append(sb, rpy_format_float_c(3.14159, ">10.3f"));
    rpy_strbuilder_append_char(sb, '|');
    rpy_strbuilder_append(sb, rpy_format_int_c(1234567, ","));
    rpy_strbuilder_append_char(sb, '|');
    rpy_strbuilder_append(sb, rpy_format_str_c(rpy_str_repr(rpy_str_from_cstr("ab")), "^12"));
    print_str(rpy_strbuilder_build(sb));
    /* "%5d|%-8s|%.2f" % (42, 'x', 2.675) */
    rpy_str *parts[3] = { rpy_percent_int(42, "5d"), rpy_percent_str(rpy_str_from_cstr("x"), "-8s"),
                          rpy_percent_float(2.675, ".2f") };
    rpy_list *pl = rpy_list_new(3);
    for (int i = 0; i < 3; i++) pl->items[i] = rpy_word_p(parts[i]);
    print_str(rpy_str_join(rpy_str_from_char('|'), pl));
    print_str(rpy_str_of_float(0.1 + 0.2));
    print_str(rpy_str_of_float(1e16));
    /* words sorted by length, reverse, stable */
    rpy_list *words = rpy_str_split(rpy_str_from_cstr("bb a ccc dd e"), NULL, -1);
    rpy_list_sort(words, lt_len, NULL, true);
    print_str(rpy_str_join(rpy_str_from_cstr(" "), words));
    /* a dict counting letters, printed in insertion order */
    rpy_dict *d = rpy_dict_new(&rpy_dictops_str);
    rpy_str *text = rpy_str_from_cstr("abracadabra");
    for (int64_t i = 0; i < rpy_str_len(text); i++) {
        rpy_word k = rpy_word_p(rpy_str_from_char(rpy_str_getchar(text, i)));
        bool found;
        rpy_word v = rpy_dict_lookup(d, k, &found);
        rpy_dict_setitem(d, k, rpy_word_i(found ? v.i + 1 : 1));
    }
    int64_t pos = 0;
    rpy_word k, v;
    while (rpy_dict_next(d, &pos, &k, &v)) {
        rpy_stdout_write(k.p);
        rpy_stdout_write_char('=');
        rpy_stdout_write(rpy_str_of_int(v.i));
        rpy_stdout_write_char(' ');
    }
    rpy_stdout_write_char('\n');
    /* an exception caught by the "generated" code */
    int64_t n = rpy_int_from_str(rpy_str_from_cstr("12x"));
    if (rpy_exc_type) {
        struct exc_instance *e = rpy_exc_value;
        rpy_exc_clear();
        rpy_stdout_write_cstr(e->cls->name);
        rpy_stdout_write_cstr(": ");
        print_str(e->message);
        n = -1;
    }
    print_str(rpy_str_of_int(n + rpy_list_len(args)));
    print_str(rpy_str_of_int(rpy_tuple_hash_finish(
        rpy_tuple_hash_add(rpy_tuple_hash_add(rpy_tuple_hash_start(), rpy_hash_int(1)), rpy_hash_int(2)), 2)));
    return 0;
}
