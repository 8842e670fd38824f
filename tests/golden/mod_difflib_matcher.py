# difflib.SequenceMatcher: matching blocks, opcodes, ratios, junk, autojunk.
from difflib import SequenceMatcher, get_close_matches, IS_CHARACTER_JUNK, IS_LINE_JUNK


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = SequenceMatcher(None, 'abxcd', 'abcd')
print(s.get_matching_blocks())
print(s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                    'private volatile Thread currentThread;')
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
s = SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
m = s.find_longest_match()
print(m.a, m.b, m.size, type(m).__name__)
s = SequenceMatcher(None, 'qabxcd', 'abycdf')
for op in s.get_opcodes():
    print(op)
print(list(SequenceMatcher(None, list(range(1, 40)), list(range(1, 40)) + [99]).get_grouped_opcodes(2)))
# autojunk: 'x' is popular in the 300-long sequence
a = 'x' * 150 + 'abc' + 'x' * 150
b = 'y' + 'x' * 150 + 'abc' + 'x' * 149
s1 = SequenceMatcher(None, a, b)
s2 = SequenceMatcher(None, a, b, autojunk=False)
print(s1.get_matching_blocks()[:3], round(s1.ratio(), 6), s1.bpopular)
print(s2.get_matching_blocks()[:3], round(s2.ratio(), 6), s2.bpopular)
words = ('the quick brown fox jumps over the lazy dog ' * 30).split()
s3 = SequenceMatcher(None, words, words[5:] + ['end'])
print(len(s3.get_matching_blocks()), s3.ratio(), sorted(s3.bpopular))
s = SequenceMatcher()
print(s.ratio(), s.get_opcodes())
s.set_seqs('hello', 'hallo')
print(s.ratio())
s.set_seq1('help')
print(s.ratio(), s.get_opcodes())
s.set_seq2('yelp')
print(s.ratio(), s.b2j)
print(get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(get_close_matches('wheel', ['while', 'whale', 'wheat', 'hello', 'wheels'], n=2, cutoff=0.5))
print(get_close_matches('accept', ['except', 'access', 'accent', 'acceptor']))
print(get_close_matches('zzz', ['a', 'b']))
t(lambda: get_close_matches('a', ['a'], n=0))
t(lambda: get_close_matches('a', ['a'], cutoff=1.5))
print(IS_CHARACTER_JUNK(' '), IS_CHARACTER_JUNK('\t'), IS_CHARACTER_JUNK('x'), IS_CHARACTER_JUNK('\n'))
print(IS_LINE_JUNK('\n'), IS_LINE_JUNK('  #   \n'), IS_LINE_JUNK('hello\n'), IS_LINE_JUNK('# x'), IS_LINE_JUNK(''))
