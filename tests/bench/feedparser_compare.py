#!/usr/bin/python3
"""Parses one generated 2,000-entry arXiv API Atom file with digestcore's AtomParser (through the
bench-arxivparse binary) and with Python's feedparser, side by side, and prints both speeds in MB/s.

Usage: feedparser_compare.py BENCH_ARXIVPARSE [REPEAT]
Exit status 1 when AtomParser is under 50 MB/s or under 10x feedparser's speed."""
import os
import re
import subprocess
import sys
import tempfile
import time

import feedparser


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    bench = sys.argv[1]
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "atom-2000.xml")
        subprocess.run([bench, "--write-atom=" + path], check=True)
        size = os.path.getsize(path)
        with open(path, "rb") as f:
            data = f.read()

        out = subprocess.run([bench, "--measure-file=" + path, "--repeat=%d" % repeat], check=True,
                             capture_output=True, text=True).stdout
        print(out.strip())
        speeds = re.findall(r"([0-9.]+) MB/s", out)
        ours, ours_wall = float(speeds[0]), float(speeds[1])

        # Best of the runs, CPU time of this process and wall time, as for AtomParser.
        best_cpu = best_wall = None
        entries = 0
        for _ in range(max(1, repeat // 3)):
            cpu0, wall0 = time.process_time(), time.perf_counter()
            parsed = feedparser.parse(data)
            cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
            entries = len(parsed.entries)
            best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
            best_wall = wall if best_wall is None else min(best_wall, wall)
        theirs, theirs_wall = size / 1e6 / best_cpu, size / 1e6 / best_wall
        print("feedparser %s: %d entries, %.2f MB; CPU %.2f ms: %.1f MB/s; wall %.2f ms: %.1f MB/s"
              % (feedparser.__version__, entries, size / 1e6, best_cpu * 1e3, theirs, best_wall * 1e3, theirs_wall))
        ratio = ours / theirs
        print("AtomParser is %.1fx feedparser's speed (CPU time; %.1fx in wall time)" % (ratio, ours_wall / theirs_wall))
        if entries != 2000:
            print("feedparser did not read 2000 entries", file=sys.stderr)
            return 1
        if ours < 50 or ratio < 10:
            print("below the target (50 MB/s and 10x feedparser)", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
