# Tutorial "Brief Tour of the Standard Library", part I: operating system
# interface, file wildcards, command line arguments, error output and
# program termination (run offline, inside a scratch directory).
import os
import sys
import glob
import tempfile

start = os.getcwd()
print(os.path.isabs(start))
with tempfile.TemporaryDirectory() as scratch:
    os.chdir(scratch)
    print(os.path.basename(os.getcwd()) == os.path.basename(scratch))
    for name in ('primes.py', 'random.py', 'quote.py', 'notes.txt'):
        with open(name, 'w') as f:
            f.write('# ' + name + '\n')
    print(sorted(glob.glob('*.py')))
    print(sorted(glob.glob('*.txt')), glob.glob('*.md'))
    print('chdir' in dir(os), 'getcwd' in dir(os))
    os.chdir(start)
print(os.getcwd() == start)

print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]))
sys.stderr.write('Warning, log file not found starting a new one\n')

try:
    sys.exit()
except SystemExit as e:
    print('SystemExit', e.code)
try:
    sys.exit('stopping')
except SystemExit as e:
    print('SystemExit', e.code)
