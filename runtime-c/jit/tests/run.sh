#!/bin/sh
# tests/run.sh: the textual test suite. Usage: tests/run.sh "JITRUN..." "TEST_X86..." "FUZZ_N..." "TEST_API..."
#   (one word per build, e.g. the normal and the AddressSanitizer build)
#   tests/errors/*.trace  malformed traces: must be rejected (exit 2) with the message in .expected
#   tests/run/*.trace     jitrun output (reference vs compiled) must match .expected, exit 0
#   tests/opt/*.trace     "# passes: LIST": --dump-opt output must match .expected; the run must agree
#   every .trace          parse -> print -> parse -> print must be stable (round trip)
# BLESS=1 rewrites the .expected files. Prints "jit: N passed, M failed" last.
DIR=$(dirname "$0")
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

check_golden() {  # $1 = produced file, $2 = expected file, $3 = label
  if [ -n "$BLESS" ]; then cp "$1" "$2"; ok; return; fi
  if [ -f "$2" ] && cmp -s "$1" "$2"; then ok; else bad "$3"; diff -u "$2" "$1" | head -20; fi
}

suite() {
JITRUN=$1; TEST_X86=$2; FUZZ_N=$3; TEST_API=$4
echo "== $JITRUN"
for f in "$DIR"/errors/*.trace; do
  exp="${f%.trace}.expected"
  (cd "$(dirname "$f")" && "$JITRUN" "$(basename "$f")") >"$tmp/out" 2>"$tmp/err"; rc=$?
  if [ $rc -ne 2 ]; then bad "$f: expected rejection (exit 2), got exit $rc"; continue; fi
  check_golden "$tmp/err" "$exp" "$f (error message)"
done

for f in "$DIR"/run/*.trace "$DIR"/opt/*.trace; do
  [ -f "$f" ] || continue
  "$JITRUN" --print "$f" >"$tmp/p1" 2>&1 && "$JITRUN" --print "$tmp/p1" >"$tmp/p2" 2>&1
  if cmp -s "$tmp/p1" "$tmp/p2"; then ok; else bad "$f: print/parse round trip"; diff -u "$tmp/p1" "$tmp/p2" | head; fi
done

for f in "$DIR"/run/*.trace; do
  (cd "$(dirname "$f")" && "$JITRUN" "$(basename "$f")") >"$tmp/out" 2>&1; rc=$?
  if [ $rc -ne 0 ]; then bad "$f: jitrun exit $rc"; cat "$tmp/out" | head -20; continue; fi
  check_golden "$tmp/out" "${f%.trace}.expected" "$f"
done

# the backend on unoptimized traces: results must agree too
for f in "$DIR"/run/*.trace; do
  (cd "$(dirname "$f")" && "$JITRUN" --passes=none "$(basename "$f")") >"$tmp/out" 2>&1 && ok || {
    bad "$f: jitrun --passes=none"; head -20 "$tmp/out"; }
done

# bridges attached to code that already ran
for f in "$DIR"/run/*.trace; do
  grep -q '^bridge' "$f" || continue
  (cd "$(dirname "$f")" && "$JITRUN" --attach-late "$(basename "$f")") >"$tmp/out" 2>&1; rc=$?
  if [ $rc -ne 0 ]; then bad "$f: jitrun --attach-late exit $rc"; head -20 "$tmp/out"; continue; fi
  check_golden "$tmp/out" "${f%.trace}.late.expected" "$f (--attach-late)"
done

for f in "$DIR"/opt/*.trace; do
  [ -f "$f" ] || continue
  passes=$(sed -n 's/^# passes: *//p' "$f" | head -1)
  [ -n "$passes" ] || passes=all
  "$JITRUN" --passes="$passes" --dump-opt "$f" >"$tmp/out" 2>&1; rc=$?
  if [ $rc -ne 0 ]; then bad "$f: --dump-opt exit $rc"; head -20 "$tmp/out"; continue; fi
  check_golden "$tmp/out" "${f%.trace}.expected" "$f"
  # the optimized trace (virtual descriptions, @N guard numbers) parses and prints back the same
  "$JITRUN" --print "${f%.trace}.expected" >"$tmp/rt" 2>&1
  if cmp -s "$tmp/rt" "${f%.trace}.expected"; then ok; else bad "${f%.trace}.expected: print/parse round trip"; diff -u "${f%.trace}.expected" "$tmp/rt" | head; fi
  if grep -q '^#run:' "$f"; then
    "$JITRUN" --passes="$passes" "$f" >"$tmp/out" 2>&1 && ok || { bad "$f: run with passes $passes"; head -20 "$tmp/out"; }
  fi
done

# --dump-asm: the machine code of a loop with an overflow check, annotated with its ops
"$JITRUN" --dump-asm "$DIR/run/basic_loop.trace" >"$tmp/out" 2>&1
if grep -q ' jo ' "$tmp/out" && grep -q '# i[0-9]* = int_add_ovf(' "$tmp/out" && grep -q ' ret' "$tmp/out"; then ok
else bad "--dump-asm output"; head -20 "$tmp/out"; fi

if [ -n "$TEST_X86" ]; then
  "$TEST_X86" >"$tmp/out" 2>&1 && ok || bad "encoder test ($TEST_X86)"
  tail -1 "$tmp/out"
fi

if [ -n "$TEST_API" ]; then
  "$TEST_API" >"$tmp/out" 2>&1 && ok || { bad "C API test ($TEST_API)"; cat "$tmp/out"; }
  tail -1 "$tmp/out"
fi

if [ "$FUZZ_N" -gt 0 ]; then
  "$JITRUN" --fuzz="$FUZZ_N" --seed=1 >"$tmp/out" 2>&1 && ok || { bad "fuzz"; head -60 "$tmp/out"; }
  tail -1 "$tmp/out"
fi

}

set -- $1 "|" $2 "|" $3 "|" $4
JR=""; TX=""; FN=""; TA=""; part=0
for w in "$@"; do
  if [ "$w" = "|" ]; then part=$((part+1)); continue; fi
  case $part in 0) JR="$JR $w";; 1) TX="$TX $w";; 2) FN="$FN $w";; 3) TA="$TA $w";; esac
done
i=1
for j in $JR; do
  tx=$(echo $TX | cut -d" " -f$i); fn=$(echo $FN | cut -d" " -f$i); ta=$(echo $TA | cut -d" " -f$i)
  suite "$j" "$tx" "${fn:-0}" "$ta"
  i=$((i+1))
done
echo "jit: $pass passed, $fail failed"
[ $fail -eq 0 ]
