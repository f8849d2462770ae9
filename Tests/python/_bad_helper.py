"""Helper for tb_import.py: fails while being imported."""
VALUE = 1
def broken():
    return {}["missing"]
RESULT = broken()
