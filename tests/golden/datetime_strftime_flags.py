# strftime beyond the basic directives: glibc's flags (- _ 0 ^ #), field
# widths, E/O modifiers, extra conversions, unknown and unfinished ones.
from datetime import datetime, timezone

FORMATS = ['%4Y', '%6Y', '%-Y', '%_Y', '%-d', '%_d', '%0e', '%-e', '%3d', '%_3d',
           '%-3d', '%^a', '%^B', '%#a', '%#p', '%^p', '%-j', '%_j', '%-H', '%-I',
           '%-M', '%-S', '%-m', '%-y', '%10A', '%-f', '%3f', '%-z', '%5%', '%-%',
           '%-c', '%_m', '%-U', '%-V', '%-G', '%-C', '%k', '%l', '%P', '%g', '%-k',
           '%-l', '%012d', '%E', '%Ey', '%Od', '%O', '%EY', '%Ex', '%Oy', '%OH',
           '%Oz', '%^Z', '%#Z', '%05a', '%^10b', '%G %g %V', '%C %y %Y', '%', 'a%',
           '%-', '%5', '%q', '%-q', '%Eq']
for d in [datetime(2020, 1, 5, 7, 8, 9), datetime(5, 12, 31, 23, 1, 2, 5, tzinfo=timezone.utc),
          datetime(2021, 1, 1, 12)]:
    print(repr(d))
    print(' '.join('%s=%r' % (f, d.strftime(f)) for f in FORMATS))
    print(d.strftime('%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%S|%t|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%z|%Z|%%'))
