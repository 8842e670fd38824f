#!/usr/bin/env python3
"""Benchmark runner: pyasync vs CPython on benches/scripts/*.py.

For every script: one warm-up run of each interpreter, then N timed runs that
alternate pyasync and python3.  Each run measures the wall time of the child
(time.perf_counter around spawn..reap) and that child's own peak RSS
(os.wait4 -> ru_maxrss, KiB on Linux).  Reports medians, ratios and whether
pyasync's stdout matched python3's.

  python3 benches/run.py                      # all scripts, 5 runs each
  python3 benches/run.py --filter spawn --runs 3
  python3 benches/run.py --markdown           # Markdown table for the README
  python3 benches/run.py --scaling --runs 1 --svg benches/scaling.svg

Standard library only.
"""

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
SCRIPTS = os.path.join(HERE, "scripts")


# --------------------------------------------------------------------------
# interpreters

def real_python():
    """The real CPython binary (pyenv shims add ~50 ms per start)."""
    candidate = shutil.which("python3") or sys.executable
    try:
        out = subprocess.run(
            [candidate, "-c", "import sys; print(sys.executable)"],
            capture_output=True, text=True, check=True, timeout=60,
        ).stdout.strip()
        if out:
            return out
    except (OSError, subprocess.SubprocessError):
        pass
    return sys.executable


def find_gnu_time():
    for cand in ("/usr/bin/time", shutil.which("gtime"), shutil.which("time")):
        if not cand or not os.path.exists(cand):
            continue
        try:
            r = subprocess.run([cand, "-f", "%M", "true"], capture_output=True,
                               text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            continue
        lines = r.stderr.split()
        if r.returncode == 0 and lines and lines[-1].isdigit():
            return cand
    return None


def ensure_pyasync(path):
    if os.path.exists(path):
        return path
    default = os.path.join(REPO, "target", "release", "pyasync")
    if os.path.abspath(path) != default:
        sys.exit(f"pyasync binary not found: {path}")
    print("building pyasync (cargo build --release) ...", file=sys.stderr)
    subprocess.run(["cargo", "build", "--release"], cwd=REPO, check=True)
    if not os.path.exists(path):
        sys.exit(f"build finished but {path} is missing")
    return path


# --------------------------------------------------------------------------
# one measured run

class Result:
    __slots__ = ("wall", "rss_kib", "status", "stdout", "stderr")

    def __init__(self, wall, rss_kib, status, stdout, stderr):
        self.wall = wall
        self.rss_kib = rss_kib
        self.status = status
        self.stdout = stdout
        self.stderr = stderr


def _spawn(argv, timeout):
    """Spawn argv, block in os.wait4 on its pid; return (wall, rusage, code,
    stdout, stderr).  stdout/stderr go to temp files (not pipes) so that the
    parent can simply block in wait4 without any risk of a pipe deadlock."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err)
        timed_out = []

        def kill():
            timed_out.append(True)
            proc.kill()

        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        # wait4 on this pid: ru_maxrss is this child's own peak RSS (KiB),
        # unlike RUSAGE_CHILDREN which accumulates over all reaped children.
        _, status, ru = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        if timer:
            timer.cancel()
        # Tell Popen the child is gone so it does not try to reap it again.
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    code = "timeout" if timed_out else proc.returncode
    return wall, ru, code, stdout, stderr


# Linux caveat: a child's ru_maxrss is never below the RSS of the process it
# was forked/vforked from, because at exec() the kernel folds the old address
# space's high-water mark into the child's maxrss.  So a direct child of this
# runner (itself ~10-15 MiB) can never report less than the runner's own peak,
# while pyasync's empty script really needs ~4 MiB.  When the wait4 figure is
# at that floor it is only an upper bound; we then re-measure the peak through
# a small launcher (GNU time, which forks the target from a ~2 MiB process and
# reports ITS wait4 ru_maxrss).  Wall time always comes from the direct run.
LAUNCHER = None  # set in main(): path of GNU time, or None


def rss_floor_kib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rss_via_launcher(argv, timeout):
    fd, path = tempfile.mkstemp(prefix="pyasync-rss-")
    os.close(fd)
    try:
        _, ru, _, _, _ = _spawn([LAUNCHER, "-f", "%M", "-o", path] + argv, timeout)
        with open(path) as fh:
            lines = [l.strip() for l in fh if l.strip()]
        return int(lines[-1]) if lines and lines[-1].isdigit() else ru.ru_maxrss
    finally:
        os.unlink(path)


def run_once(argv, timeout):
    wall, ru, code, stdout, stderr = _spawn(argv, timeout)
    rss = ru.ru_maxrss
    if LAUNCHER and rss <= rss_floor_kib() * 1.02 + 256:
        rss = rss_via_launcher(argv, timeout)
    return Result(wall, rss, code, stdout, stderr)


def bench(pyasync, python, script, runs, timeout):
    """Warm-up once each, then `runs` alternating runs. Returns a dict."""
    wa = run_once([pyasync, script], timeout)
    wp = run_once([python, script], timeout)
    pa, pp = [], []
    for _ in range(runs):
        pa.append(run_once([pyasync, script], timeout))
        pp.append(run_once([python, script], timeout))
    all_a = [wa] + pa
    ok_a = all(r.status == 0 for r in all_a)
    ok_p = all(r.status == 0 for r in [wp] + pp)
    matched = ok_a and ok_p and all(r.stdout == wp.stdout for r in all_a)
    bad = next((r for r in all_a if r.status != 0), None)
    mismatch = next((r for r in all_a if r.stdout != wp.stdout), None)
    return {
        "a_wall": statistics.median(r.wall for r in pa),
        "p_wall": statistics.median(r.wall for r in pp),
        "a_rss": statistics.median(r.rss_kib for r in pa),
        "p_rss": statistics.median(r.rss_kib for r in pp),
        "ok_a": ok_a,
        "ok_p": ok_p,
        "matched": matched,
        "error": (bad.stderr.strip() or f"exit status {bad.status}") if bad else None,
        "py_error": None if ok_p else wp.stderr.strip(),
        "expected": wp.stdout,
        "got": mismatch.stdout if mismatch else None,
    }


# --------------------------------------------------------------------------
# formatting

def fmt_time(s):
    if s < 1.0:
        return f"{s * 1000:.1f} ms"
    return f"{s:.2f} s"


def fmt_mem(kib):
    if kib >= 1024 * 1024:
        return f"{kib / 1024 / 1024:.2f} GiB"
    if kib >= 1024:
        return f"{kib / 1024:.1f} MiB"
    return f"{kib} KiB"


def ratio(a, b):
    return f"{a / b:.2f}x" if b else "n/a"


def print_table(headers, rows, markdown):
    if markdown:
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join("---" if i == 0 else "---:" for i in range(len(headers))) + "|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                     for i, (h, w) in enumerate(zip(headers, widths)))
    print(line)
    print("-" * len(line))
    for row in rows:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(row, widths))))


def report_failures(results):
    for name, r in results:
        if r["matched"]:
            continue
        print(f"\n!! {name}: output mismatch or failure", file=sys.stderr)
        if not r["ok_p"]:
            print(f"   python3 failed: {r['py_error']}", file=sys.stderr)
        if r["error"]:
            print(f"   pyasync error: {r['error']}", file=sys.stderr)
        elif r["got"] is not None:
            print(f"   expected: {r['expected']!r}", file=sys.stderr)
            print(f"   got:      {r['got']!r}", file=sys.stderr)


# --------------------------------------------------------------------------
# suite mode

def run_suite(args, pyasync, python):
    scripts = sorted(f for f in os.listdir(SCRIPTS) if f.endswith(".py"))
    if args.filter:
        scripts = [f for f in scripts if args.filter in f]
    if not scripts:
        sys.exit("no scripts match")
    # Start-up of each interpreter (an empty script), so that the "net"
    # ratio compares only the work a script does.
    print("running the start-up baseline ...", file=sys.stderr, flush=True)
    base = bench(pyasync, python, os.path.join(SCRIPTS, "startup_empty.py"),
                 args.runs, args.timeout)
    results = []
    for f in scripts:
        print(f"running {f} ...", file=sys.stderr, flush=True)
        r = bench(pyasync, python, os.path.join(SCRIPTS, f), args.runs, args.timeout)
        results.append((f[:-3], r))
    headers = ["script", "pyasync", "python3", "time ratio", "net ratio",
               "pyasync RSS", "python3 RSS", "RSS ratio", "output"]
    rows = []
    for name, r in results:
        net = "-" if name.startswith("startup") else ratio(
            max(r["a_wall"] - base["a_wall"], 0), max(r["p_wall"] - base["p_wall"], 1e-9))
        rows.append([
            name, fmt_time(r["a_wall"]), fmt_time(r["p_wall"]),
            ratio(r["a_wall"], r["p_wall"]), net,
            fmt_mem(r["a_rss"]), fmt_mem(r["p_rss"]), ratio(r["a_rss"], r["p_rss"]),
            "ok" if r["matched"] else ("FAIL" if not r["ok_a"] else "DIFF"),
        ])
    if args.markdown:
        print(f"Median of {args.runs} alternating runs after one warm-up; "
              "ratios are pyasync / python3 (lower is better for pyasync); "
              "the net ratio first subtracts each interpreter's start-up "
              "(the median of `startup_empty`).\n")
    print_table(headers, rows, args.markdown)
    report_failures(results)
    return 0 if all(r["matched"] for _, r in results) else 1


# --------------------------------------------------------------------------
# scaling mode

def scaled(script, n):
    """The suite's script with its task count `N = ...` replaced by n."""
    with open(os.path.join(SCRIPTS, script)) as fh:
        text = fh.read()
    return re.sub(r"^N = \d+$", f"N = {n}", text, count=1, flags=re.M)


# (name, suite script scaled to each size, seconds of pure waiting built into the workload, which the
# µs/task figure leaves out: every sleeper waits 0.5 s, concurrently)
WORKLOADS = [("spawn", "spawn_100k.py", 0.0), ("sleepers", "sleepers_100k.py", 0.5)]
SIZES = [10_000, 100_000, 1_000_000]


def run_scaling(args, pyasync, python):
    data = {}  # (workload, interp) -> list of (n, wall, rss_kib)
    failures = []
    with tempfile.TemporaryDirectory(prefix="pyasync-scaling-") as tmp:
        # Baseline: an empty script, so per-task numbers exclude startup.
        empty = os.path.join(tmp, "empty.py")
        with open(empty, "w") as fh:
            fh.write("pass\n")
        base = bench(pyasync, python, empty, args.runs, args.timeout)
        idle = {}
        for wl, script, idle_s in WORKLOADS:
            idle[wl] = idle_s
            if args.filter and args.filter not in wl:
                continue
            for n in SIZES:
                path = os.path.join(tmp, f"{wl}_{n}.py")
                with open(path, "w") as fh:
                    fh.write(scaled(script, n))
                print(f"running {wl} n={n} ...", file=sys.stderr, flush=True)
                r = bench(pyasync, python, path, args.runs, args.timeout)
                data.setdefault((wl, "pyasync"), []).append((n, r["a_wall"], r["a_rss"]))
                data.setdefault((wl, "python3"), []).append((n, r["p_wall"], r["p_rss"]))
                if not r["matched"]:
                    failures.append((f"{wl}_{n}", r))
    headers = ["workload", "tasks", "interp", "wall", "µs/task",
               "peak RSS", "bytes/task"]
    rows = []
    for (wl, interp), points in data.items():
        bw = base["a_wall"] if interp == "pyasync" else base["p_wall"]
        br = base["a_rss"] if interp == "pyasync" else base["p_rss"]
        for n, wall, rss in points:
            rows.append([
                wl, f"{n:,}", interp, fmt_time(wall),
                f"{max(wall - bw - idle[wl], 0) / n * 1e6:.2f}",
                fmt_mem(rss), f"{max(rss - br, 0) * 1024 / n:.0f}",
            ])
    if args.markdown:
        print(f"Median of {args.runs} run(s); per-task figures subtract the "
              "empty-script baseline (startup time, base RSS) and, for "
              "sleepers, the 0.5 s sleep itself.\n")
    print_table(headers, rows, args.markdown)
    report_failures(failures)
    if args.svg:
        with open(args.svg, "w") as fh:
            fh.write(render_svg(data))
        print(f"\nwrote {args.svg}", file=sys.stderr)
    return 0 if not failures else 1


# --------------------------------------------------------------------------
# SVG chart (hand-written)

COLORS = {"pyasync": "#d9480f", "python3": "#1c7ed6"}
DASHES = {"spawn": "", "sleepers": "6,4"}
MARKERS = {"spawn": "circle", "sleepers": "square"}


def _nice_ticks(lo, hi, count=5):
    import math
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    v = start
    while v <= hi + step * 1e-9:
        ticks.append(round(v, 10))
        v += step
    return ticks


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_svg(data):
    import math
    W, H = 980, 460
    pw, ph = 360, 300            # plot area of each panel
    panels = [
        ("Wall time vs task count", "wall time (s)", 1, 1.0),
        ("Peak memory vs task count", "peak RSS (MiB)", 2, 1 / 1024),
    ]
    ns = sorted({n for pts in data.values() for n, _, _ in pts}) or [1, 10]
    lx0, lx1 = math.log10(min(ns)), math.log10(max(ns))
    if lx1 == lx0:
        lx1 = lx0 + 1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
           f'viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="12">',
           f'<rect width="{W}" height="{H}" fill="white"/>']
    for pi, (title, ylabel, idx, scale) in enumerate(panels):
        ox, oy = 80 + pi * 450, 50        # top-left of plot area
        ymax = max((p[idx] * scale for pts in data.values() for p in pts), default=1)
        ticks = _nice_ticks(0, ymax)
        ytop = ticks[-1] or 1

        def X(n):
            return ox + (math.log10(n) - lx0) / (lx1 - lx0) * pw

        def Y(v):
            return oy + ph - v / ytop * ph

        out.append(f'<text x="{ox + pw / 2}" y="{oy - 20}" text-anchor="middle" '
                   f'font-size="14" font-weight="bold">{_esc(title)}</text>')
        # grid + y ticks
        for t in ticks:
            y = Y(t)
            out.append(f'<line x1="{ox}" y1="{y:.1f}" x2="{ox + pw}" y2="{y:.1f}" '
                       f'stroke="#e9ecef"/>')
            label = f"{t:g}"
            out.append(f'<text x="{ox - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
        # x ticks (log scale, one per decade within range)
        for e in range(math.floor(lx0), math.ceil(lx1) + 1):
            n = 10 ** e
            if n < min(ns) or n > max(ns):
                continue
            x = X(n)
            out.append(f'<line x1="{x:.1f}" y1="{oy}" x2="{x:.1f}" y2="{oy + ph}" '
                       f'stroke="#e9ecef"/>')
            label = f"{n // 1000}k" if n < 1_000_000 else f"{n // 1_000_000}M"
            out.append(f'<text x="{x:.1f}" y="{oy + ph + 18}" text-anchor="middle">{label}</text>')
        # axes
        out.append(f'<line x1="{ox}" y1="{oy + ph}" x2="{ox + pw}" y2="{oy + ph}" stroke="black"/>')
        out.append(f'<line x1="{ox}" y1="{oy}" x2="{ox}" y2="{oy + ph}" stroke="black"/>')
        out.append(f'<text x="{ox + pw / 2}" y="{oy + ph + 40}" text-anchor="middle">'
                   f'tasks (log scale)</text>')
        cy = oy + ph / 2
        out.append(f'<text x="{ox - 55}" y="{cy}" text-anchor="middle" '
                   f'transform="rotate(-90 {ox - 55} {cy})">{_esc(ylabel)}</text>')
        # series
        for (wl, interp), pts in sorted(data.items()):
            pts = sorted(pts)
            color, dash = COLORS.get(interp, "black"), DASHES.get(wl, "")
            coords = " ".join(f"{X(n):.1f},{Y((w if idx == 1 else r) * scale):.1f}"
                              for n, w, r in pts)
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            out.append(f'<polyline points="{coords}" fill="none" stroke="{color}" '
                       f'stroke-width="2"{dash_attr}/>')
            for n, w, r in pts:
                x, y = X(n), Y((w if idx == 1 else r) * scale)
                if MARKERS.get(wl) == "square":
                    out.append(f'<rect x="{x - 3.5:.1f}" y="{y - 3.5:.1f}" width="7" '
                               f'height="7" fill="{color}"/>')
                else:
                    out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{color}"/>')
    # legend
    lx, ly = 80, H - 30
    for i, (wl, interp) in enumerate(sorted(data)):
        x = lx + i * 210
        color, dash = COLORS.get(interp, "black"), DASHES.get(wl, "")
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        out.append(f'<line x1="{x}" y1="{ly}" x2="{x + 30}" y2="{ly}" stroke="{color}" '
                   f'stroke-width="2"{dash_attr}/>')
        out.append(f'<text x="{x + 36}" y="{ly + 4}">{_esc(interp)} — {_esc(wl)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--filter", metavar="SUBSTR", help="only scripts/workloads containing SUBSTR")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per interpreter (default 5)")
    ap.add_argument("--markdown", action="store_true", help="print Markdown tables")
    ap.add_argument("--pyasync", default=os.path.join(REPO, "target", "release", "pyasync"),
                    help="pyasync binary (default target/release/pyasync, built if missing)")
    ap.add_argument("--python", default=None,
                    help="CPython binary (default: the real python3 behind any shim)")
    ap.add_argument("--scaling", action="store_true",
                    help="spawn/sleepers at 10k, 100k, 1M tasks; per-task cost")
    ap.add_argument("--svg", metavar="FILE", help="with --scaling: write an SVG chart")
    ap.add_argument("--timeout", type=float, default=600,
                    help="per-run timeout in seconds (default 600)")
    ap.add_argument("--no-launcher", action="store_true",
                    help="never re-measure small peaks through GNU time "
                         "(raw wait4 numbers, floored at the runner's RSS)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be >= 1")
    if args.svg and not args.scaling:
        ap.error("--svg needs --scaling")
    global LAUNCHER
    if not args.no_launcher:
        LAUNCHER = find_gnu_time()
    pyasync = ensure_pyasync(os.path.abspath(args.pyasync))
    python = args.python or real_python()
    print(f"pyasync: {pyasync}\npython3: {python}\n"
          f"small-RSS launcher: {LAUNCHER or 'none (RSS below the runner floor is an upper bound)'}",
          file=sys.stderr)
    if args.scaling:
        return run_scaling(args, pyasync, python)
    return run_suite(args, pyasync, python)


if __name__ == "__main__":
    sys.exit(main())
