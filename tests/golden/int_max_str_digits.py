# CPython 3.11 limits decimal conversions of huge ints (4300 digits by default).
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
big = 10 ** 4300
for convert in [str, repr, lambda v: f"{v}", lambda v: "%d" % v, lambda v: format(v, ",")]:
    try:
        convert(big)
    except ValueError as e:
        print("ValueError:", e)
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
print(len(hex(big)), len(bin(big)), len(oct(big)), len(f"{big:x}"))
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
try:
    int("-" + "1_0" * 2200)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 1000, int("f" * 5000, 16) % 1000, int("1" * 5000, 2) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(big)), int("9" * 5000) % 10)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)), sys.get_int_max_str_digits())
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
for bad in [639, -1, 1, "x", 1.5]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print("TypeError:", e)
