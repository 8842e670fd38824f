# Integral floats and ints of the same value are the same dict key and set member, past 2**63 too.
print(hash(10**20) == hash(1e20), 10**20 == 1e20)
d = {10**20: 'a'}
print(d.get(1e20), 1e20 in d, 1e20 in {10**20}, 2**64 in {float(2**64)})
print(hash(2**61), hash(2**61 - 1), hash(-2**61), hash(1.5e300) == hash(int(1.5e300)))
print({9.2e18: 1}.get(9200000000000000000), {2**63: 1}.get(9.223372036854775808e18), {-2**63: 1}.get(-9.223372036854775808e18))
print(float('inf') in {10**400: 1}, {1.0: 'f'}[True], {1e300: 2}.get(int(1e300)))
s = {10**20, 1e20, 2.0**70, 2**70}
print(len(s))
