vals = [0, 1, -1, 5, -5, 2**63, -2**63, 2**64 - 1, -(2**70) + 3, 2**100 + 12345, -(2**90), 0xFFFFFFFFFFFFFFFF, 123456789]
out = []
for a in vals:
    for b in vals:
        out.append((a & b, a | b, a ^ b))
print(len(out), hash(tuple(out)) == hash(tuple(out)))
for t in out[::7]:
    print(t)
h = 14695981039346656037
for c in b"hello world":
    h = ((h ^ c) * 1099511628211) & 0xFFFFFFFFFFFFFFFF
print(h, ~(2**70), -(2**70) >> 3, (2**70) << 2, (-(2**70)) & 0xFF)
