#!/usr/bin/env python3
"""Load test of the event loop's sockets: an echo server (benches/net/
echo_server.py) run under pyasync and under python3, each driven by the
same python3 client: C concurrent connections, each sending M messages one
after another and waiting for every echo.

Reports, per server interpreter, the throughput (echoed messages per second
over the whole run) and the median and 99th-percentile round-trip latency,
then pyasync's ratios to CPython.

  python3 benches/net_load.py                       # 1000 x 100, release build
  python3 benches/net_load.py --connections 100 --messages 10 --pyasync target/debug/pyasync

Standard library only.
"""

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SERVER = os.path.join(HERE, 'net', 'echo_server.py')
MESSAGE = b'x' * 63 + b'\n'


async def one_client(port, messages, latencies, ready, start_gate):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    ready.append(writer)
    await start_gate.wait()
    for _ in range(messages):
        t0 = time.perf_counter()
        writer.write(MESSAGE)
        await reader.readexactly(len(MESSAGE))
        latencies.append(time.perf_counter() - t0)
    writer.close()
    await writer.wait_closed()


async def drive(port, connections, messages):
    latencies = []
    ready = []
    gate = asyncio.Event()
    clients = [asyncio.create_task(one_client(port, messages, latencies, ready, gate))
               for _ in range(connections)]
    # Connect everyone first, then start the clock.
    while len(ready) < connections:
        failed = [c for c in clients if c.done() and c.exception()]
        if failed:
            raise failed[0].exception()
        await asyncio.sleep(0.01)
    t0 = time.perf_counter()
    gate.set()
    await asyncio.gather(*clients)
    elapsed = time.perf_counter() - t0
    return elapsed, latencies


def run_one(argv, connections, messages):
    server = subprocess.Popen(argv + [SERVER], stdout=subprocess.PIPE, text=True)
    try:
        port = int(server.stdout.readline())
        elapsed, latencies = asyncio.run(drive(port, connections, messages))
    finally:
        server.terminate()
        server.wait()
    latencies.sort()
    total = connections * messages
    return {
        'throughput': total / elapsed,
        'p50': statistics.median(latencies) * 1e3,
        'p99': latencies[int(len(latencies) * 0.99) - 1] * 1e3,
        'elapsed': elapsed,
        'count': len(latencies),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--connections', type=int, default=1000)
    parser.add_argument('--messages', type=int, default=100)
    parser.add_argument('--pyasync', default=os.path.join(REPO, 'target', 'release', 'pyasync'))
    parser.add_argument('--python', default=sys.executable)
    args = parser.parse_args()
    results = {}
    for name, argv in [('python3', [args.python]), ('pyasync', [args.pyasync])]:
        r = run_one(argv, args.connections, args.messages)
        results[name] = r
        print(f"{name:8} {r['count']} echoes in {r['elapsed']:.2f} s: "
              f"{r['throughput']:,.0f} msg/s, p50 {r['p50']:.2f} ms, p99 {r['p99']:.2f} ms")
    py, pa = results['python3'], results['pyasync']
    print(f"pyasync/python3: throughput x{pa['throughput'] / py['throughput']:.2f}, "
          f"p99 latency x{pa['p99'] / py['p99']:.2f}")


if __name__ == '__main__':
    main()
