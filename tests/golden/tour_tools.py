# Tutorial "Brief Tour of the Standard Library", part II: logging, weak
# references, and tools for working with lists (array, deque, bisect,
# heapq).
import logging
import sys
import weakref
import gc
from array import array
from collections import deque
import bisect
from heapq import heapify, heappop, heappush

logging.basicConfig(stream=sys.stdout)
logging.debug('Debugging information')
logging.info('Informational message')
logging.warning('Warning:config file %s not found', 'server.conf')
logging.error('Error occurred')
logging.critical('Critical error -- shutting down')


class A:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return str(self.value)


a = A(10)
d = weakref.WeakValueDictionary()
d['primary'] = a
print(d['primary'])
del a
gc.collect()
try:
    d['primary']
except KeyError as e:
    print('KeyError', e)

a = array('H', [4000, 10, 700, 22222])
print(sum(a))
print(a[1:3])

d = deque(["task1", "task2", "task3"])
d.append("task4")
print("Handling", d.popleft())

scores = [(100, 'perl'), (200, 'tcl'), (400, 'lua'), (500, 'python')]
bisect.insort(scores, (300, 'ruby'))
print(scores)

data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]
heapify(data)
heappush(data, -5)
print([heappop(data) for i in range(3)])
