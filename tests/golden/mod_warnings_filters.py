# warnings: the default filters, the actions, once-per-location showing,
# and the text a shown warning has (shown here on stdout).
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    text = warnings.formatwarning(message, category, filename, lineno, line)
    sys.stdout.write(text.replace(__file__, 'FILE'))


warnings.showwarning = show
print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)


def deprecated():
    warnings.warn("deprecated thing", DeprecationWarning)


for i in range(3):
    warnings.warn("in a loop")
warnings.warn("x", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn(FutureWarning("instance wins"), RuntimeWarning)
warnings.warn("pending", PendingDeprecationWarning)
deprecated()
warnings.warn("in main", DeprecationWarning)

warnings.simplefilter("error")
for category in (UserWarning, DeprecationWarning, SyntaxWarning):
    try:
        warnings.warn("boom", category)
    except Warning as e:
        print('raised', repr(e))
warnings.simplefilter("ignore", UserWarning)
warnings.warn("silent")
try:
    warnings.warn("still an error", RuntimeWarning)
except RuntimeWarning as e:
    print('raised', e)
print(warnings.filters[:2])

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("every time")
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("only once")
warnings.warn("only once")
warnings.resetwarnings()
warnings.filterwarnings("error", message="bad")
warnings.filterwarnings("ignore", category=ImportWarning)
try:
    warnings.warn("Bad thing")
except UserWarning as e:
    print("error:", e)
warnings.warn("good thing")
warnings.warn("imports", ImportWarning)
warnings.simplefilter("default", append=True)
print(len(warnings.filters), warnings.filters[-1])

print(warnings.formatwarning("msg", UserWarning, "file.py", 3), end='')
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  src line  "), end='')
warnings.showwarning = warnings._showwarning_orig
warnings.showwarning("shown", UserWarning, "f.py", 10, file=sys.stdout)
warnings.showwarning("shown", DeprecationWarning, "f.py", 11, sys.stdout, "the line")
for bad in ['warnings.warn()', 'warnings.warn("m", foo=1)', 'warnings.warn("m", UserWarning, 1, None, 5)',
            'warnings.warn("m", 5)', 'warnings.warn("m", int)', 'warnings.simplefilter("bogus")',
            'warnings.filterwarnings("error", category=5)',
            'warnings.filterwarnings("error", category=int)',
            'warnings.filterwarnings("error", message=5)', 'warnings.simplefilter("error", lineno=-1)']:
    try:
        eval(bad)
    except (TypeError, AssertionError) as e:
        print(bad, '->', type(e).__name__, e)
