"""Helper modules for the corpus programs that test imports (not programs themselves)."""

VERSION = "1.2"
