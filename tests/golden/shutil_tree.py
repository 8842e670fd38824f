# shutil: copytree, rmtree (ignore_errors, onerror), symbolic links.
import os
import shutil
import tempfile


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


def report(func, path, info):
    print('onerror', func.__name__, path, info[0].__name__)


home = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open('a', 'w') as f:
        f.write('hi\n')
    os.makedirs('g/h/i')
    open('g/h/i/x', 'w').close()
    open('g/y', 'w').close()
    open('g/z.tmp', 'w').close()
    t(lambda: shutil.copytree('g', 'g'))
    t(lambda: shutil.copytree('nope', 'e'))
    t(lambda: shutil.copytree('g', 'g2'))
    print(sorted(os.listdir('g2')), os.path.exists('g2/h/i/x'))
    t(lambda: shutil.copytree('g', 'g2'))
    t(lambda: shutil.copytree('g', 'g2', dirs_exist_ok=True))
    t(lambda: shutil.copytree('g', 'g3', ignore=shutil.ignore_patterns('y', '*.tmp')))
    print(sorted(os.listdir('g3')))
    seen = []

    def ignore(path, names):
        seen.append((path, sorted(names)))
        return []
    t(lambda: shutil.copytree('g', 'g4', ignore=ignore))
    print(sorted(seen))

    os.symlink('g', 'lnk')
    os.symlink('../a', 'g/alink')
    t(lambda: shutil.copytree('g', 'g5', symlinks=True))
    print(os.path.islink('g5/alink'), os.path.islink('g4/alink'), os.readlink('g5/alink'))
    t(lambda: shutil.copytree('g', 'g6'))
    print(os.path.islink('g6/alink'), open('g6/alink').read())

    t(lambda: shutil.rmtree('nope'))
    t(lambda: shutil.rmtree('a'))
    t(lambda: shutil.rmtree('lnk'))
    t(lambda: shutil.rmtree('nope', ignore_errors=True))
    t(lambda: shutil.rmtree('nope', onerror=report))
    t(lambda: shutil.rmtree('a', onerror=report))
    t(lambda: shutil.rmtree('lnk', onerror=report))
    for d in ['g2', 'g3', 'g4', 'g5', 'g6']:
        t(lambda: shutil.rmtree(d))
    print(sorted(os.listdir('.')))
    t(lambda: shutil.rmtree('g'))
    print(sorted(os.listdir('.')))
    os.chdir(home)
print(os.path.exists(tmp))
