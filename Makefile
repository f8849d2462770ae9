# rtranslate, runtime-c and pypy-c. The two commands for a fresh machine:
#   make        build everything (rtranslate, the C runtime, the JIT tools, pypy-c)
#   make test   run every test suite (what CI runs through .ci/run)

SWIFT      ?= swift
PYTHON     ?= python3
CC         ?= cc
RTRANSLATE := .build/release/rtranslate
DEB_PACKAGES := libgc-dev libffi-dev libcapstone-dev pkg-config

.PHONY: all deps rtranslate runtime jit pypy-c test test-swift test-runtime test-jit \
        test-programs test-diagnostics test-fuzz fuzz-long test-interpreter bench bench-rpython bench-translate bench-jit clean

all: deps rtranslate runtime jit pypy-c

# Debian packages the C side needs: installed when run as root, otherwise the exact command.
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) || exit 1; \
	  else \
	    echo "missing Debian packages; run:  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

rtranslate: deps
	$(SWIFT) build -c release --product rtranslate

runtime: deps
	$(MAKE) -C runtime-c

jit: deps
	$(MAKE) -C runtime-c/jit

pypy-c: rtranslate runtime
	$(RTRANSLATE) --lto --output pypy-c interpreter/targetpypy.py

test: deps test-runtime test-jit test-swift test-programs test-diagnostics test-fuzz test-interpreter

test-swift:
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

test-runtime: deps
	$(MAKE) -C runtime-c test

test-jit: deps
	$(MAKE) -C runtime-c/jit test

# The oracle: every Tests/programs/*.py runs under CPython and translated; outputs must match.
test-programs: rtranslate runtime
	$(PYTHON) Tests/run_programs.py --rtranslate $(RTRANSLATE)

test-diagnostics: rtranslate
	$(PYTHON) Tests/run_diagnostics.py --rtranslate $(RTRANSLATE)

# Mutated corpus programs must give a diagnostic or a working binary (bounded here;
# `make fuzz-long` runs many more).
test-fuzz: rtranslate runtime
	$(PYTHON) Tests/fuzz_translator.py --rtranslate $(RTRANSLATE) --count 40

fuzz-long: rtranslate runtime
	$(PYTHON) Tests/fuzz_translator.py --rtranslate $(RTRANSLATE) --count 2000 --seed $$RANDOM

# The interpreter: its unit tests on CPython, then the Python corpus under the translated
# pypy-c (CPython's output and exit status are the oracle).
test-interpreter: pypy-c
	$(PYTHON) -m pytest -q interpreter/test
	$(PYTHON) Tests/python/run.py --pypy ./pypy-c
	$(PYTHON) Tests/fuzz_pypy.py --pypy ./pypy-c --count 40

bench-rpython: rtranslate runtime
	$(PYTHON) Tests/bench_rpython.py --rtranslate $(RTRANSLATE)

bench-translate: rtranslate runtime
	$(PYTHON) Tests/stress/bench_translate.py --rtranslate $(RTRANSLATE)

bench-jit: jit
	$(MAKE) -C runtime-c/jit bench

bench: pypy-c
	$(PYTHON) Tests/bench_pypy.py --pypy ./pypy-c

clean:
	rm -rf .build runtime-c/build runtime-c/jit/build pypy-c
