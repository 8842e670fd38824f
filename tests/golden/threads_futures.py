# concurrent.futures.Future completed from this thread, wait/as_completed
# on finished futures, the exception classes; and multiprocessing's
# description of the current process.
import concurrent.futures as cf
import multiprocessing

f = cf.Future()
print(f.done(), f.running(), f.cancelled())
f.set_result(3)
print(f.result(), f.done(), f.exception(), f.result(timeout=0))
try:
    f.set_result(4)
except cf.InvalidStateError:
    print('InvalidStateError')

pending = cf.Future()
try:
    pending.result(timeout=0.01)
except cf.TimeoutError as e:
    print('TimeoutError', repr(str(e)), cf.TimeoutError is TimeoutError)
print(pending.cancel(), pending.cancelled(), pending.done(), pending.cancel())
try:
    pending.result()
except cf.CancelledError as e:
    print('CancelledError', repr(e))

failed = cf.Future()
failed.set_exception(ValueError('bad'))
print(repr(failed.exception()))
try:
    failed.result()
except ValueError as e:
    print('raised', e)

done = cf.Future()
done.add_done_callback(lambda fut: print('callback', fut.result()))
done.set_result('x')
done.add_done_callback(lambda fut: print('late callback', fut.result()))

running = cf.Future()
print(running.set_running_or_notify_cancel(), running.running(),
      running.cancel())
cancelled = cf.Future()
cancelled.cancel()
print(cancelled.set_running_or_notify_cancel())

result = cf.wait([f, failed])
print(len(result.done), result.not_done, len(result[0]))
print(cf.wait([f, pending], return_when=cf.FIRST_COMPLETED).not_done == set())
print(list(cf.as_completed([f])) == [f])
print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
print(cf.CancelledError.__mro__)
print(cf.BrokenExecutor.__mro__[1:])
print(cf.ThreadPoolExecutor.__mro__)

with cf.ThreadPoolExecutor(max_workers=2) as executor:
    print(type(executor).__name__)
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print('ValueError', e)
executor = cf.ThreadPoolExecutor()
executor.shutdown()
try:
    executor.submit(print)
except RuntimeError as e:
    print('RuntimeError', e)

print(multiprocessing.cpu_count() > 0)
process = multiprocessing.current_process()
print(process.name, type(process).__name__, multiprocessing.parent_process())
p = multiprocessing.Process(target=print, args=('run directly',))
print(p.is_alive(), p.daemon, p.pid, p.exitcode)
p.run()
