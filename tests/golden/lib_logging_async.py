# logging from asyncio tasks: workers share a queue and log what they do.
import asyncio
import logging
import sys
import os


class Out:
    """stdout, with this checkout's directory left out of traceback paths."""

    here = os.path.dirname(os.path.abspath(__file__)) + os.sep

    def write(self, s):
        return sys.stdout.write(s.replace(self.here, ""))

    def flush(self):
        sys.stdout.flush()


OUT = Out()

logging.basicConfig(stream=OUT, level=logging.INFO,
                    format="%(name)s %(levelname)s %(message)s")
log = logging.getLogger("app")
log.setLevel(logging.DEBUG)


async def worker(name, queue, results):
    wlog = log.getChild(name)
    while True:
        item = await queue.get()
        try:
            if item is None:
                wlog.debug("stopping")
                return
            wlog.info("got %d", item)
            await asyncio.sleep(0.001 * item)
            if item % 4 == 0:
                raise ValueError("bad item %d" % item)
            results.append(item * item)
            wlog.debug("done %d", item)
        except ValueError:
            wlog.exception("failed on %d", item)
        finally:
            queue.task_done()


async def main():
    queue = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker("w%d" % i, queue, results)) for i in range(3)]
    for i in range(1, 9):
        await queue.put(i)
    await queue.join()
    for _ in workers:
        await queue.put(None)
    await asyncio.gather(*workers)
    log.warning("results %s", sorted(results))
    adapter = logging.LoggerAdapter(log, {"req": 1})
    await asyncio.gather(*(step(adapter, n) for n in range(3)))


async def step(adapter, n):
    await asyncio.sleep(0.001 * (3 - n))
    adapter.info("step %d finished", n)


asyncio.run(main())
logging.getLogger("app").info("after run")
