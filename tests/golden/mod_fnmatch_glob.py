# glob: wildcards, '**' with recursive=True, hidden files, root_dir, escape.
import glob
import os
import tempfile

base = tempfile.mkdtemp()
made = []
for d in ['src', 'src/pkg', 'src/pkg/deep', 'docs', '.hidden', 'src/.cache']:
    os.mkdir(os.path.join(base, d))
    made.append(d)
files = ['src/a.py', 'src/b.py', 'src/c.txt', 'src/pkg/m.py', 'src/pkg/deep/z.py',
         'docs/index.md', '.hidden/secret.py', 'src/.cache/x.py', 'top.py',
         '.dotfile', 'x[1].txt', 'q?.md']
for f in files:
    with open(os.path.join(base, f), 'w') as fh:
        fh.write('x')


def show(pattern, **kw):
    found = glob.glob(pattern, root_dir=base, **kw)
    print(repr(pattern), kw, sorted(found))


def show_abs(pattern, **kw):
    found = glob.glob(os.path.join(base, pattern), **kw)
    print(repr(pattern), sorted(p[len(base):] for p in found))


for p in ['*', '*.py', 'src/*.py', 'src/*', '*/*.py', 'src/?.py', 'src/[ab].py',
          'src/[!a].*', '*/', 'src/*/', 'nothing*', 'src/a.py', 'src/none.py',
          'src/', 'src', '.*', '*/.*', '**', '**/*.py', 'src/**', 'x[[]1].txt',
          'q[?].md', '']:
    show(p)
for p in ['**', '**/*.py', 'src/**', 'src/**/', '**/', 'src/**/*.py',
          '**/deep/*', 'src/**/m.py']:
    show(p, recursive=True)
show('**/*.py', recursive=True, include_hidden=True)
show('*', include_hidden=True)
show('src/.*')
show_abs('src/*.py')
show_abs('**/z.py', recursive=True)
show_abs('top.py')
print(glob.has_magic('a*'), glob.has_magic('a[b'), glob.has_magic('abc'))
print(glob.escape('a*[b]?c'), glob.escape('plain/path'))
print(sorted(glob.iglob('*.md', root_dir=base)), type(glob.iglob('*')).__name__ != 'list')
for f in files:
    os.remove(os.path.join(base, f))
for d in reversed(made):
    os.rmdir(os.path.join(base, d))
os.rmdir(base)
print(os.path.exists(base))
