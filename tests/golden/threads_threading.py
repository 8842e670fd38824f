# threading within the main thread: its identity, and locks, events,
# conditions and semaphores used where no other thread is needed.
import threading

main = threading.current_thread()
print(main.name, main.daemon, main.is_alive(), type(main).__name__)
print(threading.main_thread() is main, threading.active_count(),
      threading.enumerate() == [main])
print(isinstance(threading.get_ident(), int),
      threading.get_ident() == threading.get_ident(),
      main.ident == threading.get_ident())

t = threading.Thread(target=print, args=('run directly',), name='worker')
print(t.name, t.is_alive(), t.daemon, t.ident)
t.run()
for bad in (t.join, main.join):
    try:
        bad()
    except RuntimeError as e:
        print('RuntimeError', e)
d = threading.Thread(target=len, daemon=True)
print(d.daemon, d.name.endswith('(len)'))

lock = threading.Lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(timeout=0.01), lock.acquire(True, 0))
lock.release()
for call in (lock.release, lambda: lock.acquire(False, 1),
             lambda: lock.acquire(timeout=-2)):
    try:
        call()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
with lock:
    print('inside', lock.locked())
print('after', lock.locked())

rlock = threading.RLock()
with rlock:
    with rlock:
        print('reentrant', type(rlock).__name__)
try:
    rlock.release()
except RuntimeError as e:
    print('RuntimeError', e)

event = threading.Event()
print(event.is_set(), event.wait(0.01))
event.set()
print(event.is_set(), event.wait(), event.wait(0))
event.clear()
print(event.is_set())

cond = threading.Condition()
for call in (cond.notify, lambda: cond.wait(0.01)):
    try:
        call()
    except RuntimeError as e:
        print('RuntimeError', e)
with cond:
    print(cond.wait(0.01), cond.wait_for(lambda: 'ready'))
    cond.notify_all()

try:
    threading.Semaphore(-1)
except ValueError as e:
    print('ValueError', e)
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release()
with sem:
    print('semaphore held')
bounded = threading.BoundedSemaphore(1)
try:
    bounded.release()
except ValueError as e:
    print('ValueError', e)

local = threading.local()
local.value = 42
print(local.value, threading.TIMEOUT_MAX > 1e9)
print(threading.Barrier(1).wait())
