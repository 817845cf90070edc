#!/usr/bin/env python3
"""CPU seconds spent by the PostgreSQL processes that serve one database, sampled from /proc.

Usage: postgres-cpu-sampler.py DATABASE OUTPUT_FILE   (runs until SIGTERM or SIGINT, then writes the total)

scripts/bench-import.sh runs it around each import. The server is shared (tests and other benchmarks use
other databases of it), so the postmaster's reaped-children time would count their work too. A backend
and an autovacuum worker name their database in their process title ("postgres: newshub DB 127.0.0.1(…)
idle"), so only this database's processes are summed: each one's utime + stime at its last sample, polled
every 20 ms. A process that exits loses at most its last 20 ms, in which an import's backends are idle
(the client has finished and is disconnecting).
"""
import os
import signal
import sys
import time

database, output = sys.argv[1], sys.argv[2]
ticks_per_second = os.sysconf("SC_CLK_TCK")
needle = f" {database} ".encode()
latest = {}  # (pid, start time) -> utime + stime in ticks
stopping = False


def stop(_signal, _frame):
    global stopping
    stopping = True


def sample():
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/cmdline", "rb") as f:
                title = f.read().replace(b"\0", b" ") + b" "
            if not title.startswith(b"postgres:") or needle not in title:
                continue
            with open(f"/proc/{entry.name}/stat") as f:
                # The command may hold spaces; fields after its closing parenthesis are fixed.
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # exited meanwhile
        # After the command: state is field 3, utime 14, stime 15, starttime 22 (1-based, see proc(5)).
        latest[(entry.name, fields[19])] = int(fields[11]) + int(fields[12])


signal.signal(signal.SIGTERM, stop)
signal.signal(signal.SIGINT, stop)
while not stopping:
    sample()
    time.sleep(0.02)
sample()
with open(output, "w") as f:
    f.write(f"{sum(latest.values()) / ticks_per_second:.3f}\n")
