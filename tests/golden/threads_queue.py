# queue.Queue and friends used from one thread: put/get without blocking,
# Empty/Full, timeouts that expire, task accounting.
import queue

q = queue.Queue(2)
q.put(1)
q.put(2)
print(q.qsize(), q.full(), q.empty(), q.maxsize)
for call in (lambda: q.put(3, block=False), lambda: q.put_nowait(3),
             lambda: q.put(3, timeout=0.01)):
    try:
        call()
    except queue.Full as e:
        print('Full', repr(e))
try:
    q.put(3, timeout=-1)
except ValueError as e:
    print('ValueError', e)
print(q.get(), q.get_nowait(), q.empty())
for call in (q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01)):
    try:
        call()
    except queue.Empty as e:
        print('Empty', repr(e))
print(queue.Empty, queue.Full, issubclass(queue.Empty, Exception))
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print('ValueError', e)
q.join()
print('joined', q.unfinished_tasks)

lifo = queue.LifoQueue()
for i in range(3):
    lifo.put(i)
print([lifo.get() for _ in range(3)])

prio = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
    prio.put(item)
print([prio.get_nowait() for _ in range(3)])

simple = queue.SimpleQueue()
simple.put('x')
simple.put_nowait('y')
print(simple.qsize(), simple.get(), simple.get_nowait(), simple.empty())
try:
    simple.get(timeout=0.01)
except queue.Empty:
    print('SimpleQueue Empty')
print(queue.SimpleQueue)

for make in (queue.Queue, lambda: queue.Queue(2)):
    q = make()
    for call in (lambda: q.put(1, timeout=-1), lambda: q.get(timeout=-1),
                 lambda: q.get(block=False, timeout=-1)):
        try:
            call()
            print('ok')
        except (ValueError, queue.Empty) as e:
            print(type(e).__name__, e)
print(list(q.queue), queue.Queue[int])
