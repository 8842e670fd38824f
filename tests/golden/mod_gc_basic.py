# gc: the switches, thresholds, collect() and is_tracked, and misuse.
import gc as gc
print(gc.isenabled(), gc.get_threshold(), type(gc.get_count()), gc.garbage, gc.callbacks)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a':1}), gc.is_tracked({'a':[]}), gc.is_tracked(()), gc.is_tracked(([],)), gc.is_tracked('s'), gc.is_tracked(object()))
class A: pass
print(gc.is_tracked(A()), gc.is_tracked(A))
print(gc.collect(), gc.collect(0), gc.collect(generation=1))
for a in ['gc.collect(3)', 'gc.collect(-1)', 'gc.collect("x")', 'gc.set_threshold()', 'gc.set_threshold(1,2,3,4)', 'gc.set_threshold("a")', 'gc.is_tracked()', 'gc.get_threshold(1)', 'gc.set_threshold(500, 5)', 'gc.get_threshold()', 'gc.freeze()', 'gc.unfreeze()', 'gc.set_debug(gc.DEBUG_STATS)', 'gc.get_debug()', 'gc.set_debug(0)', 'gc.DEBUG_LEAK', 'gc.get_stats()[0].keys()', 'len(gc.get_stats())']:
  try: print(a, '->', eval(a))
  except Exception as e: print(a, '!!', type(e).__name__, e)


class Node:
    def __init__(self):
        self.me = self


events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info['generation'])))
Node()
print(gc.collect() >= 0, events)
gc.callbacks.clear()
print(gc.is_finalized(Node()), gc.get_freeze_count())
