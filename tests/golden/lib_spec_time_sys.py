# time and sys: clocks are checked by their properties (types, ordering,
# differences), strftime by fixed struct_time values; sys's streams,
# version_info, argv, recursion limit and exit.
import sys
import time

t0, p0, m0 = time.time(), time.perf_counter(), time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__, t0 > 1.6e9)
time.sleep(0.05)
time.sleep(0)
t1, p1, m1 = time.time(), time.perf_counter(), time.monotonic()
print(p1 - p0 >= 0.05, m1 - m0 >= 0.05, t1 - t0 > 0.03, p1 - p0 < 2, m1 >= m0)
print(isinstance(time.time_ns(), int), time.perf_counter_ns() > 0, time.monotonic_ns() > 0)
fixed = (2024, 3, 9, 14, 5, 7, 5, 69, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S", fixed), time.strftime("%a %b %d %j %y %I%p %%", fixed))
print(time.strftime("%A %B %m/%d", fixed), len(time.strftime("%Y-%m-%d")) == 10, time.strftime("%H", fixed))
lt = time.localtime()
print(type(lt).__name__, lt.tm_year > 2020, 1 <= lt.tm_mon <= 12, len(tuple(lt)) == 9)
for bad in [lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.strftime(5), lambda: time.strftime("%Y", (1,))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.argv[0].endswith("lib_spec_time_sys.py"), len(sys.argv), type(sys.argv).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8), type(sys.version).__name__)
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.flush(), sys.stderr.write("to stderr\n"), sys.stderr.flush())
old = sys.getrecursionlimit()
print(type(old).__name__, old >= 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())


def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit("x"), lambda: sys.stdout.write(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.exit(4)
except SystemExit as e:
    print("exit code", e.code)
print(sys.maxsize == 2**63 - 1, sys.platform in ("linux", "darwin", "win32"))
