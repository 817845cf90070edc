#!/usr/bin/python3
"""python3-jieba: load time and MiB/s of jieba.lcut(text) (HMM on), best of N runs, in wall-clock and in CPU time,
and the peak resident set. Prints one JSON object; with ENDS_FILE, also writes each token's end as a UTF-16 offset,
one per line, which bench-segmenter.sh compares with the other implementations' ends.

Usage: /usr/bin/python3 bench-segmenter-python.py FILE [RUNS [ENDS_FILE]]
"""
import json
import logging
import resource
import sys
import time

file = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
ends_file = sys.argv[3] if len(sys.argv) > 3 else None
text = open(file, encoding='utf-8', newline='').read()
mib = len(text.encode('utf-8')) / (1024 * 1024)

started, started_cpu = time.perf_counter(), time.process_time()
import jieba  # noqa: E402  (the import is part of the load time)
jieba.setLogLevel(logging.WARNING)
jieba.initialize()
load_seconds, load_cpu_seconds = time.perf_counter() - started, time.process_time() - started_cpu

words = jieba.lcut(text)
tokens = len(words)
best = best_cpu = float('inf')
for _ in range(runs):
    started, started_cpu = time.perf_counter(), time.process_time()
    jieba.lcut(text)
    best = min(best, time.perf_counter() - started)
    best_cpu = min(best_cpu, time.process_time() - started_cpu)
if ends_file:
    with open(ends_file, 'w', encoding='ascii') as ends:
        end = 0
        for word in words:
            end += len(word.encode('utf-16-le')) // 2
            ends.write('%d\n' % end)
# ru_maxrss is in KiB on Linux.
peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({'implementation': 'python3-jieba 0.42.1', 'load_seconds': load_seconds, 'load_cpu_seconds': load_cpu_seconds,
                  'mib_per_second': mib / best,
                  'mib_per_cpu_second': mib / best_cpu, 'peak_working_set_mib': peak_mib, 'tokens': tokens}))
