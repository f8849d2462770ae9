print("importing")
import _bad_helper
print("never")
