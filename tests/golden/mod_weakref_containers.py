# weakref containers: entries go away with their objects; the mapping
# and set operations they support.
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Obj({self.name})'


objs = [Obj(i) for i in range(4)]
cache = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
print(len(cache), sorted(cache), cache[2], cache.get(9, 'none'))
del objs[0]
print(len(cache), sorted(cache), 0 in cache, list(cache.values()))
print(cache.pop(1), sorted(cache.keys()), cache.setdefault(7, objs[-1]), len(cache))
print(sorted(cache.items(), key=lambda kv: kv[0]), len(cache.valuerefs()))
copy = cache.copy()
objs.clear()
print(len(cache), len(copy), dict(copy))

keys = [Obj('a'), Obj('b')]
attrs = weakref.WeakKeyDictionary()
for k in keys:
    attrs[k] = k.name.upper()
print(len(attrs), attrs[keys[0]], keys[1] in attrs, Obj('a') in attrs, 5 in attrs)
keys.pop()
print(len(attrs), list(attrs.items()), len(attrs.keyrefs()))
del attrs[keys[0]]
print(len(attrs))

members = [Obj('x'), Obj('y'), Obj('z')]
ws = weakref.WeakSet(members)
print(len(ws), members[0] in ws, sorted(o.name for o in ws))
ws.discard(members[2])
members.pop(0)
print(len(ws), sorted(o.name for o in ws), ws == weakref.WeakSet(members))
ws.remove(members[0])
print(len(ws), list(ws), 'str' in ws)
try:
    ws.remove(Obj('gone'))
except KeyError:
    print('KeyError')
ws.clear()
print(len(ws), repr(ws))


def callback_target():
    return 'called'


holder = Obj('h')
fin = weakref.finalize(holder, callback_target)
print(fin.alive, fin.detach()[1] is callback_target, fin.alive, fin.detach(), fin())
fin2 = weakref.finalize(holder, print, 'done')
fin2()
print(fin2.alive, fin2.peek())
r = weakref.ref(callback_target)
print(r() is callback_target, weakref.ref(Obj)() is Obj, weakref.ref(callback_target) == r)
for bad in ['weakref.ref(holder)(1)', 'weakref.ref(holder)(x=1)', 'weakref.WeakKeyDictionary()[1]', 'hash(weakref.ref(Obj("t")))']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)
