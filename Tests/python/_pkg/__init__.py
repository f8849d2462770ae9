"""A test package for imports_package.py."""
from .core import add
VERSION = "1.0"
