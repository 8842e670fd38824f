# gc: the switches, thresholds, debug flags, collect() and its callbacks,
# is_tracked, and misuse.
import gc

print(gc.isenabled(), gc.get_threshold(), type(gc.get_count()), len(gc.get_count()))
print(gc.garbage, gc.callbacks)
gc.disable()
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(None), gc.is_tracked(1.5))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
print(gc.is_tracked(()), gc.is_tracked(([],)), gc.is_tracked(object()))


class A:
    pass


print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_tracked(lambda: 0))
print(gc.collect(), gc.collect(0), gc.collect(1), gc.collect(generation=2))

old = gc.get_threshold()
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(gc.freeze(), gc.unfreeze())

for bad in ['gc.collect(3)', 'gc.collect(-1)', 'gc.collect("x")', 'gc.set_threshold()',
            'gc.set_threshold(1, 2, 3, 4)', 'gc.set_threshold("a")', 'gc.is_tracked()',
            'gc.is_tracked(1, 2)', 'gc.get_threshold(1)', 'gc.get_count(1)', 'gc.set_debug("x")']:
    try:
        print(eval(bad))
    except Exception as e:
        print(bad, '->', type(e).__name__, e)


class Node:
    def __init__(self):
        self.me = self


events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info['generation'])))
Node()
print(gc.collect() >= 0, events)
events.clear()
gc.collect(1)
print(events)
gc.callbacks.clear()
print(gc.is_finalized(Node()), gc.get_freeze_count())
