"""End-to-end: compile and run snippets with the untranslated interpreter, in-process."""

import os
import subprocess
import sys

import pytest

from objspace.init import space
from interp import main
from module import iomodule

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run_source(src, tmp_path):
    path = tmp_path / "prog.py"
    path.write_text(src)
    p = subprocess.run([sys.executable, os.path.join(ROOT, "interpreter", "pyinteractive.py"),
                        str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def cpython(src, tmp_path):
    path = tmp_path / "prog.py"
    path.write_text(src)
    p = subprocess.run([sys.executable, str(path)], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


SNIPPETS = [
    "print(sum(i * i for i in range(10)), [x for x in 'abc'])",
    "class A:\n    def f(self):\n        return 1\nclass B(A):\n    def f(self):\n"
    "        return super().f() + 1\nprint(B().f())",
    "def g():\n    yield 1\n    yield 2\nprint(list(g()))",
    "try:\n    1/0\nexcept ZeroDivisionError as e:\n    print('caught', e)",
    "d = {}\nd[(1, 2)] = 3\nprint(d, {1: 2} == {1: 2})",
    "print(f'{3.14159:.2f}|{42:>5}|{\"s\"!r}')",
    "def f(x):\n    return x.missing\nf(1)",
    "x = [1, 2]\nprint(x[5])",
]


@pytest.mark.parametrize("src", SNIPPETS)
def test_snippet_matches_cpython(src, tmp_path):
    assert run_source(src, tmp_path) == cpython(src, tmp_path)


def test_code_dump_has_jit_shape():
    from pyparser.parser import parse_source
    from astcompiler.codegen import compile_module
    code = compile_module(space, parse_source("while x:\n    x -= 1\n", "<t>"), "<t>")
    listing = code.dump()
    assert "JUMP_ABSOLUTE" in listing and "INPLACE_OP" in listing


def test_program_subset_via_runner():
    names = ["ints.py", "closures.py", "tb_simple.py", "syntax_colon.py", "generators.py"]
    p = subprocess.run([sys.executable, os.path.join(ROOT, "Tests", "python", "run.py")] +
                       names, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)
    out = p.stdout.decode()
    assert "python-programs: 5 passed, 0 failed" in out, out


def test_relative_script_path_is_made_absolute_like_cpython():
    cwd = os.path.join(ROOT, "Tests", "python")
    cmd_ours = [sys.executable, os.path.join(ROOT, "interpreter", "pyinteractive.py"),
                "tb_simple.py"]
    ours = subprocess.run(cmd_ours, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    theirs = subprocess.run([sys.executable, "tb_simple.py"], cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert ours.stderr.decode() == theirs.stderr.decode()
    assert ours.returncode == theirs.returncode == 1


BENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench", "programs")
BENCH_SIZES = [("fannkuch.py", ["6", "1"]), ("nbody.py", ["500"]), ("pystone.py", ["2000"]),
               ("raytrace.py", ["12"]), ("spectral_norm.py", ["20"]), ("strbuild.py", ["1000"]),
               ("exceptions.py", ["3000"]), ("closures.py", ["10"])]


@pytest.mark.skipif(not os.path.isdir(BENCH), reason="../shared/bench not present")
@pytest.mark.parametrize("name,args", BENCH_SIZES)
def test_shared_benchmarks_small_sizes_match_cpython(name, args):
    path = os.path.join(BENCH, name)
    theirs = subprocess.run([sys.executable, path] + args, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, timeout=120)
    ours = subprocess.run([sys.executable, os.path.join(ROOT, "interpreter", "pyinteractive.py"),
                           path] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=300)
    assert ours.stdout == theirs.stdout
    assert ours.returncode == theirs.returncode == 0


def test_stdin_input_and_read(tmp_path):
    src = ('import sys\nname = input("name? ")\nprint("hello", name)\n'
           'rest = sys.stdin.read()\nprint(repr(rest))\n')
    path = tmp_path / "prog.py"
    path.write_text(src)
    data = b"bob\nline2\nline3\n"
    theirs = subprocess.run([sys.executable, str(path)], input=data, stdout=subprocess.PIPE)
    ours = subprocess.run([sys.executable, os.path.join(ROOT, "interpreter", "pyinteractive.py"),
                           str(path)], input=data, stdout=subprocess.PIPE)
    assert ours.stdout == theirs.stdout
