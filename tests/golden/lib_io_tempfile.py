# tempfile's temporary directories and the os functions that manage files.
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    print(os.path.isdir(d), os.listdir(d))
    sub = os.path.join(d, 'a', 'b')
    os.makedirs(sub)
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, 'f.txt'), 'w') as f:
        f.write('x')
    os.rename(os.path.join(sub, 'f.txt'), os.path.join(d, 'g.txt'))
    print(sorted(os.listdir(d)), os.listdir(sub))
    for bad in [lambda: os.makedirs(sub), lambda: os.mkdir(sub),
                lambda: os.remove(os.path.join(d, 'missing')),
                lambda: os.rmdir(os.path.join(d, 'a')),
                lambda: os.rename(os.path.join(d, 'missing'), os.path.join(d, 'other'))]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, str(e).replace(d, 'DIR'))
print(os.path.exists(d))
m = tempfile.mkdtemp(prefix='pre', suffix='.suf')
print(os.path.basename(m).startswith('pre'), m.endswith('.suf'), os.path.isdir(m))
os.rmdir(m)
print(os.path.exists(m), os.path.isdir(tempfile.gettempdir()))
