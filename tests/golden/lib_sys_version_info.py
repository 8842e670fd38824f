import sys

vi = sys.version_info
print(vi.major, vi.minor, vi[0], vi[1])
print(vi >= (3, 8), vi < (3, 12), vi >= (3, 11), (3, 8) <= vi)
print(vi.releaselevel, vi.serial, len(vi))
major, minor, *rest = vi
print(major, minor)
print(sys.version_info.major == 3)
if sys.version_info >= (3, 11):
    print("3.11+")
