import sys

print(sys.argv)
print(len(sys.argv))
print(sys.argv[0].endswith("lang_sys_argv.py"))
print(type(sys.argv))
