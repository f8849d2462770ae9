/* jitrun.c: command-line driver. Reads a trace file, verifies it, and runs it through the
 * reference interpreter and through optimizer + x86-64 backend, printing both results and
 * exiting 1 if they differ (2 on a malformed trace). Also: --print (canonical text, for the
 * round-trip test), --dump-opt, --dump-asm, --fuzz (random differential testing). */
#include "jit_backend.h"
#include "jit_fuzz.h"
#include "jit_interp.h"
#include "jit_opt.h"
#include "jit_parse.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  bool print, dump_opt, dump_asm, no_jit, quiet, dump_passes, time_passes, attach_late;
  bool no_bridges;           /* internal: run as if the file had no bridges (yet) */
  const char *passes;
  long fuzz_n;
  uint64_t seed;
  long steps;
} jit_options;

static void usage(void) {
  fprintf(stderr,
          "usage: jitrun [options] FILE [INPUT...]\n"
          "  INPUT: an int, a float (1.5, inf, nan), NULL, a struct name (new zeroed object)\n"
          "         or ARRAY[len] (new zeroed array). Without inputs, the file's '#run:' lines are used.\n"
          "  --print          print the trace in canonical form and exit\n"
          "  --dump-opt       print the optimized trace(s)\n"
          "  --dump-asm       print the machine code (capstone)\n"
          "  --passes=LIST    optimizer passes, comma separated, or all / none (default all)\n"
          "  --dump-passes    print the trace after every pass\n"
          "  --attach-late    run the loop compiled without its bridges first, then attach them\n"
          "                   to the running code and run again\n"
          "  --time-passes    print each pass's time\n"
          "  --no-jit         compare the interpreter on the optimized trace instead of compiled code\n"
          "  --fuzz=N [--seed=S]  random differential test on N generated traces\n"
          "  --fuzz-print=S   print the trace generated for seed S (to reproduce a failure)\n"
          "  --quiet          print only mismatches\n");
  exit(2);
}

/* Parses one input value for a trace input of type ty. */
static int parse_input(jit_descrs *d, jit_type ty, const char *s, int64_t *out, char *err, size_t errlen) {
  if (ty == JIT_REF) {
    if (!strcmp(s, "NULL")) { *out = 0; return 0; }
    char name[128]; long len = -1;
    const char *br = strchr(s, '[');
    size_t n = br ? (size_t)(br - s) : strlen(s);
    if (n >= sizeof name) n = sizeof name - 1;
    memcpy(name, s, n); name[n] = 0;
    if (br) len = strtol(br + 1, NULL, 10);
    jit_struct *st = jit_find_struct(d, name);
    jit_array *ar = jit_find_array(d, name);
    if (st && !br) { *out = (int64_t)(intptr_t)jit_new_struct(st); return 0; }
    if (ar && br && len >= 0) { *out = (int64_t)(intptr_t)jit_new_array(ar, len); return 0; }
    snprintf(err, errlen, "bad ref input '%s' (use NULL, a struct name, or ARRAY[len])", s);
    return -1;
  }
  char *end;
  if (ty == JIT_FLOAT) {
    double v = strtod(s, &end);
    if (*end || end == s) { snprintf(err, errlen, "bad float input '%s'", s); return -1; }
    memcpy(out, &v, 8);
    return 0;
  }
  long long v = strtoll(s, &end, 0);
  if (*end || end == s) { snprintf(err, errlen, "bad int input '%s'", s); return -1; }
  *out = v;
  return 0;
}

static int split_words(char *s, char **w, int max) {
  int n = 0;
  for (char *p = strtok(s, " \t"); p && n < max; p = strtok(NULL, " \t")) w[n++] = p;
  return n;
}

/* Everything built from one unit for the compiled side. */
typedef struct {
  jit_trace *loop, *reentry;
  int nbridges;
  jit_trace *bridges[JIT_MAX_BRIDGES];
  jit_code *code;
} jit_compiled;

static void compiled_free(jit_compiled *c) {
  jit_code_free(c->code);
  jit_trace_free(c->loop);
  jit_trace_free(c->reentry);
  for (int i = 0; i < c->nbridges; i++) jit_trace_free(c->bridges[i]);
  memset(c, 0, sizeof *c);
}

static int build(const jit_unit *u, const jit_options *o, jit_compiled *c, char *err, size_t errlen) {
  memset(c, 0, sizeof *c);
  jit_opt_log logv = { o->dump_passes ? stdout : NULL, o->time_passes ? stdout : NULL }, *log = &logv;
  c->loop = jit_optimize(u->loop, NULL, o->passes, true, log, err, errlen);
  if (!c->loop) return -1;
  if (u->nbridges && jit_find_label(u->loop) >= 0) {
    jit_trace *re = jit_reentry_trace(u->loop);
    c->reentry = jit_optimize(re, NULL, o->passes, true, log, err, errlen);
    jit_trace_free(re);
    if (!c->reentry) return -1;
  }
  for (int i = 0; i < u->nbridges; i++) {
    c->bridges[i] = jit_optimize(u->bridges[i], u->loop, o->passes, true, log, err, errlen);
    if (!c->bridges[i]) return -1;
    c->nbridges++;
  }
  if (o->no_jit) return 0;
  c->code = jit_compile(c->loop, c->reentry, err, errlen);
  if (!c->code) return -1;
  if (o->no_bridges) return 0;
  for (int i = 0; i < c->nbridges; i++)
    if (jit_attach_bridge(c->code, c->bridges[i], err, errlen)) return -1;
  return 0;
}

/* Runs one input vector both ways; returns 0 if equal, 1 if different, 2 on error. */
static int run_one(const jit_unit *u, jit_compiled *c, const jit_options *o, char **words, int nw, FILE *out) {
  char err[512];
  const jit_trace *t = u->loop;
  if (nw != t->ninputs) { fprintf(stderr, "%s: the trace takes %d inputs, got %d\n", t->filename, t->ninputs, nw); return 2; }
  int64_t in[1024];
  jit_result *ref = malloc(sizeof *ref), *got = malloc(sizeof *got);
  char *text[2] = {NULL, NULL};
  int rc = 0;
  for (int side = 0; side < 2 && rc == 0; side++) {
    jit_heap_reset();
    for (int i = 0; i < nw; i++)
      if (parse_input(u->descrs, t->vals[t->inputs[i]].type, words[i], &in[i], err, sizeof err)) {
        fprintf(stderr, "%s\n", err); rc = 2; break;
      }
    if (rc) break;
    const int64_t *inputs_copy = in;
    if (side == 0) {
      jit_program p = { u->loop, o->no_bridges ? 0 : u->nbridges, (const jit_trace *const *)u->bridges, NULL };
      jit_interp_run(&p, inputs_copy, ref, o->steps);
      if (ref->kind == JIT_EXIT_ERROR) {
        fprintf(out, "  ref: "); jit_print_result(out, u->descrs, ref);
        rc = 2;
      }
    } else if (o->no_jit) {
      jit_program p = { c->loop, o->no_bridges ? 0 : c->nbridges, (const jit_trace *const *)c->bridges, c->reentry };
      jit_interp_run(&p, inputs_copy, got, o->steps);
    } else {
      jit_code_run(c->code, inputs_copy, got);
    }
    /* the inputs' final state is part of the result (printed after "|"): heap effects must agree */
    jit_result *r = side == 0 ? ref : got;
    if (rc == 0) {
      int k = r->nvals;
      r->nexit = k;
      for (int i = 0; i < nw && k < JIT_MAX_RESULT; i++)
        if (t->vals[t->inputs[i]].type == JIT_REF) { r->vals[k] = in[i]; r->types[k++] = JIT_REF; }
      r->inputs_appended = k > r->nexit;
      r->nvals = k;
      /* stash as text now: the heap is reset for the other side */
      size_t l;
      FILE *m = open_memstream(&text[side], &l);
      jit_print_result(m, u->descrs, r);
      fclose(m);
    }
  }
  if (rc == 0) {
    bool same = !strcmp(text[0], text[1]);
    if (!same || !o->quiet) {
      fprintf(out, "run:");
      for (int i = 0; i < nw; i++) fprintf(out, " %s", words[i]);
      fprintf(out, "\n  ref: %s  %s: %s", text[0], o->no_jit ? "opt" : "jit", text[1]);
      if (!same) fprintf(out, "  MISMATCH\n");
    }
    rc = same ? 0 : 1;
  }
  jit_heap_reset();
  free(text[0]); free(text[1]);
  free(ref); free(got);
  return rc;
}

static int run_unit(const jit_unit *u, const jit_options *o, char **words, int nw) {
  char err[512];
  jit_compiled c;
  if (build(u, o, &c, err, sizeof err)) {
    fprintf(stderr, "%s\n", err);
    compiled_free(&c);
    return 2;
  }
  if (o->dump_opt) {
    jit_print_descrs(stdout, u->descrs);
    jit_print_trace(stdout, c.loop);
    if (c.reentry) { printf("# re-entry trace for bridges\n"); jit_print_trace(stdout, c.reentry); }
    for (int i = 0; i < c.nbridges; i++) jit_print_trace(stdout, c.bridges[i]);
  }
  if (o->dump_asm && c.code) jit_code_dump(stdout, c.code);
  int worst = 0;
  if (o->no_bridges && c.code) {
    /* --attach-late: first runs without bridges; then patch them into the same code */
    jit_options first = *o;
    for (int r = 0; r < u->nruns; r++) {
      char *copy = strdup(u->runs[r]);
      char *w[1024];
      int n = split_words(copy, w, 1024);
      if (!o->quiet) printf("(before attaching bridges)\n");
      int rc = run_one(u, &c, &first, w, n, stdout);
      if (rc > worst) worst = rc;
      free(copy);
    }
    for (int i = 0; i < c.nbridges; i++)
      if (jit_attach_bridge(c.code, c.bridges[i], err, sizeof err)) { fprintf(stderr, "%s\n", err); compiled_free(&c); return 2; }
    if (!o->quiet) printf("(after attaching %d bridge%s)\n", c.nbridges, c.nbridges == 1 ? "" : "s");
  }
  jit_options after = *o;
  after.no_bridges = false;
  o = &after;
  if (nw > 0) {
    worst = run_one(u, &c, o, words, nw, stdout);
  } else if (!o->dump_opt && !o->dump_asm) {
    for (int r = 0; r < u->nruns; r++) {
      char *copy = strdup(u->runs[r]);
      char *w[1024];
      int n = split_words(copy, w, 1024);
      int rc = run_one(u, &c, o, w, n, stdout);
      if (rc > worst) worst = rc;
      free(copy);
    }
    if (u->nruns == 0 && u->loop->ninputs == 0) worst = run_one(u, &c, o, NULL, 0, stdout);
  }
  compiled_free(&c);
  return worst;
}

static int fuzz(const jit_options *o) {
  long fails = 0;
  for (long i = 0; i < o->fuzz_n; i++) {
    uint64_t seed = o->seed + (uint64_t)i;
    char *text = jit_fuzz_trace(seed);
    char err[512], name[64];
    snprintf(name, sizeof name, "fuzz-%llu", (unsigned long long)seed);
    jit_unit *u = jit_parse_string(text, name, err, sizeof err);
    int rc = 0;
    if (!u || jit_verify_unit(u, err, sizeof err)) {
      printf("%s: generated trace rejected: %s\n", name, err);
      rc = 2;
    } else {
      /* optimized (the chosen passes), and unoptimized so the backend sees every operation */
      jit_options q = *o;
      q.quiet = true;
      rc = run_unit(u, &q, NULL, 0);
      if (!rc && strcmp(o->passes, "none")) { q.passes = "none"; rc = run_unit(u, &q, NULL, 0); }
      if (!rc && u->nbridges) { q.passes = o->passes; q.no_bridges = true; rc = run_unit(u, &q, NULL, 0); }
      if (!rc && !strcmp(o->passes, "all")) {
        /* a random subset of the passes, so that one pass cannot hide another's mistake */
        static const char *names[] = {"peel", "fold", "bounds", "guards", "cse", "heap", "virtuals", "dce"};
        char list[128] = "";
        uint64_t bits = (seed * 0x9E3779B97F4A7C15ull) >> 40;
        for (int k = 0; k < 8; k++)
          if (bits & (1u << k)) { if (*list) strcat(list, ","); strcat(list, names[k]); }
        q.passes = *list ? list : "none";
        q.no_bridges = false;
        rc = run_unit(u, &q, NULL, 0);
        if (rc) printf("fuzz: failed with --passes=%s\n", q.passes);
      }
    }
    if (rc) {
      fails++;
      printf("fuzz: seed %llu failed; trace:\n%s\n", (unsigned long long)seed, text);
      if (fails >= 3) { free(text); jit_unit_free(u); break; }
    }
    free(text);
    jit_unit_free(u);
  }
  printf("fuzz: %ld traces from seed %llu, %ld failed\n", o->fuzz_n, (unsigned long long)o->seed, fails);
  return fails ? 1 : 0;
}

int main(int argc, char **argv) {
  jit_options o = { .passes = "all", .steps = 20000000, .seed = 1 };
  int i = 1;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--print")) o.print = true;
    else if (!strcmp(a, "--dump-opt")) o.dump_opt = true;
    else if (!strcmp(a, "--dump-asm")) o.dump_asm = true;
    else if (!strcmp(a, "--no-jit")) o.no_jit = true;
    else if (!strcmp(a, "--quiet")) o.quiet = true;
    else if (!strcmp(a, "--dump-passes")) o.dump_passes = true;
    else if (!strcmp(a, "--attach-late")) o.attach_late = true;
    else if (!strcmp(a, "--time-passes")) o.time_passes = true;
    else if (!strncmp(a, "--passes=", 9)) o.passes = a + 9;
    else if (!strncmp(a, "--fuzz=", 7)) o.fuzz_n = atol(a + 7);
    else if (!strncmp(a, "--seed=", 7)) o.seed = strtoull(a + 7, NULL, 10);
    else if (!strncmp(a, "--fuzz-print=", 13)) {
      char *text = jit_fuzz_trace(strtoull(a + 13, NULL, 10));
      fputs(text, stdout);
      free(text);
      return 0;
    }
    else usage();
  }
  if (o.fuzz_n) return fuzz(&o);
  if (i >= argc) usage();
  char err[512];
  jit_unit *u = jit_parse_file(argv[i], err, sizeof err);
  if (!u) { fprintf(stderr, "%s\n", err); return 2; }
  if (jit_verify_unit(u, err, sizeof err)) { fprintf(stderr, "%s\n", err); jit_unit_free(u); return 2; }
  if (o.print) { jit_print_unit(stdout, u); jit_unit_free(u); return 0; }
  if (o.attach_late) o.no_bridges = true;
  int rc = run_unit(u, &o, argv + i + 1, argc - i - 1);
  jit_unit_free(u);
  return rc;
}
