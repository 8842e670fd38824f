# difflib: unified_diff, context_diff, ndiff, Differ and restore.
import difflib


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n',
     'eight\n', 'nine\n', 'ten\n', 'eleven\n', 'twelve\n']
b = ['zero\n', 'one\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n',
     'eight\n', 'nine\n', 'ten\n', 'eleven\n', 'twelve\n', 'thirteen\n']
print(''.join(difflib.unified_diff(a, b, 'before.py', 'after.py')), end='')
print(''.join(difflib.unified_diff(a, b, fromfiledate='2020-01-01', tofiledate='2020-01-02', n=1)), end='')
print(''.join(difflib.context_diff(a, b, 'before.py', 'after.py')), end='')
print(''.join(difflib.context_diff(a, b, n=0)), end='')
for line in difflib.unified_diff('abc', 'abd', lineterm=''):
    print(line)
print(list(difflib.unified_diff(a, a)), list(difflib.context_diff([], [])))
print(list(difflib.unified_diff([], ['x\n'])))
print(list(difflib.context_diff(['x\n'], [])))
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
diff = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print(list(difflib.ndiff(['a\tb\n'], ['a\tc\n'])))
print(list(difflib.ndiff(['same\n', 'x\n'], ['y\n', 'same\n'])))
print(list(difflib.ndiff(['abcdefgh\n', 'zz\n'], ['abcdefgX\n', 'yy\n', 'abcdefgh\n'])))
print(list(difflib.ndiff(['a\n', '\n'], ['\n', 'b\n'], linejunk=difflib.IS_LINE_JUNK)))
t(lambda: list(difflib.restore(diff, 3)))
t(lambda: list(difflib.unified_diff([1], ['a'])))
t(lambda: list(difflib.unified_diff(['a'], [b'a'])))
t(lambda: list(difflib.context_diff(['a'], ['b'], fromfile=3)))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'], b'x', b'y')))
