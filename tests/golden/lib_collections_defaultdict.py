from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
import collections
dd = defaultdict(list)
dd['a'].append(1); dd['a'].append(2); dd['b'].append(3)
print(dd, 'c' in dd, len(dd), sorted(dd.items()))
cnt = defaultdict(int)
for w in "the cat the dog the end".split():
    cnt[w] += 1
print(cnt, cnt['zzz'], list(cnt.keys()))
