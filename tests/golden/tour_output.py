# Tutorial "Brief Tour of the Standard Library", part II: output formatting
# (reprlib, pprint, textwrap) and templating (string.Template).
import reprlib
import pprint
import textwrap
import os.path
from string import Template

print(reprlib.repr(set('supercalifragilisticexpialidocious')))

t = [[[['black', 'cyan'], 'white', ['green', 'red']], [['magenta',
    'yellow'], 'blue']]]
pprint.pprint(t, width=30)

doc = """The wrap() method is just like fill() except that it returns
a list of strings instead of one big string with newlines to separate
the wrapped lines."""
print(textwrap.fill(doc, width=40))

t = Template('${village}folk send $$10 to $cause.')
print(t.substitute(village='Nottingham', cause='the ditch fund'))

t = Template('Return the $item to $owner.')
d = dict(item='unladen swallow')
try:
    t.substitute(d)
except KeyError as e:
    print('KeyError', e)
print(t.safe_substitute(d))

photofiles = ['img_1074.jpg', 'img_1076.jpg', 'img_1077.jpg']


class BatchRename(Template):
    delimiter = '%'


fmt = 'Ashley_%n%f'
t = BatchRename(fmt)
date = '07Dec26'
for i, filename in enumerate(photofiles):
    base, ext = os.path.splitext(filename)
    newname = t.substitute(d=date, n=i, f=ext)
    print('{0} --> {1}'.format(filename, newname))

fmt = 'Party-%d-%n%f'
t = BatchRename(fmt)
for i, filename in enumerate(photofiles):
    base, ext = os.path.splitext(filename)
    print('{0} --> {1}'.format(filename, t.substitute(d=date, n=i, f=ext)))
