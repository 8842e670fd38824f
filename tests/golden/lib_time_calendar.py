# gmtime/strftime/struct_time on fixed timestamps (UTC, so the machine's
# time zone does not matter); the clocks only by type and order.
import time

print(time.gmtime(0))
print(time.gmtime(1.9), time.gmtime(-1.5))
t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, len(t), t[0], t[-1], t[:3], tuple(t), t == tuple(t), list(t))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %y %Z %% %I %U %w %e', t))
print(time.strftime('%c | %x | %X | %D | %T | %F', t))
print(time.strftime('', t) == '', time.strftime('plain text', t))
print(time.asctime(t), time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)))
s = time.struct_time((2020, 5, 17, 10, 20, 30, 6, 138, 0))
print(s, s.tm_zone, time.strftime('%Y|%m|%d|%H|%M|%S|%a|%j', s))
print(time.strftime('%Y-%m-%d', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
y, m, d, *rest = time.gmtime(86400 * 365)
print(y, m, d, rest)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.process_time()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.process_time_ns()).__name__)
a = time.monotonic_ns()
b = time.monotonic_ns()
print(b >= a, time.time_ns() > 1600000000 * 10**9, time.perf_counter_ns() >= 0)
print(time.struct_time, type(t).__name__, time.gmtime(time.time()).tm_year >= 2024)
print(sorted([time.gmtime(5), time.gmtime(1)])[0].tm_sec)
