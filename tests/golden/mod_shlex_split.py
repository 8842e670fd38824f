# shlex.split, quote and join, and their errors.
import shlex


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['a b  c', 'echo "hello world"', "'it''s' 'a test'", 'a\\ b c\\\\d',
          '"a \\" b" \'c \\ d\'', 'x="1 2"y', '  lead trail  ', '',
          'cmd # comment here', 'a#b c', '"" \'\'', 'é ñ ß', 'a\tb\nc',
          '"esc \\$ \\\\ \\x"', "mixed'quo\"te'd", 'ls -l|grep x>out;echo']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True),
          shlex.split(s, posix=False))
t(lambda: shlex.split('"unterminated'))
t(lambda: shlex.split("'unterminated"))
t(lambda: shlex.split('trailing\\'))
t(lambda: shlex.split('"a\\'))
t(lambda: shlex.split("'x", posix=False))
for s in ['', 'simple', 'with space', "it's", 'a"b', '$HOME', 'a@b%c+d=e:f,g./-',
          'tab\there', 'ümlaut', '*.py', "''"]:
    print(repr(shlex.quote(s)))
print(shlex.join(['echo', 'hello world', "it's", '']))
print(shlex.split(shlex.join(['a b', "c'd", '$x'])))
t(lambda: shlex.quote(5))
t(lambda: shlex.quote(0))
t(lambda: shlex.quote(b'abc'))
t(lambda: shlex.join([1]))
