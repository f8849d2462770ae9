"""rlib: the RPython library. Every module runs on CPython unchanged (the oracle) and is
understood by rtranslate, which implements some of its functions natively (intrinsics)."""
