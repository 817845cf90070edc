#!/usr/bin/python3
"""The table scripts/bench-segmenter.sh prints: each implementation's figures (one JSON object each, from the
bench-segmenter-* runners) side by side with ratios, and how each one's tokens agree with python3-jieba's.

Usage: bench-segmenter-report.py TEXT ENDS_DIR OURS_JSON PYTHON_JSON JIEBA_RS_JSON JIEBA_NET_JSON
ENDS_DIR holds ours.txt, python.txt, jieba-rs.txt and jieba-net.txt: each token's end as a UTF-16 offset, one a line.
"""
import bisect
import collections
import json
import os
import sys

text_file, ends_dir = sys.argv[1:3]
ours, python, rust, jiebanet = (json.loads(a) for a in sys.argv[3:7])
everyone = (ours, python, rust, jiebanet)
for r, name in zip(everyone, ('ours', 'python', 'jieba-rs', 'jieba-net')):
    with open(os.path.join(ends_dir, name + '.txt'), encoding='ascii') as f:
        r['ends'] = [int(line) for line in f]

# Offsets are UTF-16 code units, the unit of the C# and JavaScript strings; python's str counts code points.
text = open(text_file, encoding='utf-8', newline='').read()
units = text.encode('utf-16-le')
pair_middles, offset = set(), 0
for ch in text:
    if ord(ch) > 0xFFFF:
        pair_middles.add(offset + 1)
    offset += 2 if ord(ch) > 0xFFFF else 1


def piece(start, end):
    return units[2 * start:2 * end].decode('utf-16-le', 'backslashreplace')


def spans(ends):
    return list(zip([0] + ends[:-1], ends))


# Agreement: the share of python's tokens, as (start, end) spans, that the implementation cuts exactly so.
# Split pairs: token ends that fall between the two halves of a character outside the BMP.
reference = spans(python['ends'])
for r in everyone:
    mine = set(spans(r['ends']))
    r['agreement'] = sum(1 for s in reference if s in mine) / len(reference)
    r['split_pairs'] = sum(1 for end in r['ends'] if end in pair_middles)
    r['differences'] = [s for s in reference if s not in mine]


def num(value, fmt):
    return fmt.format(value) if value is not None else '-'


print('Cut with HMM on 1 MiB of corpus text, best of the runs, %d cores, each implementation in a process of its own.'
      % ours['cores'])
print('Ratios compare single-threaded speed; those per CPU-second count only the time the process ran, so they hold up')
print('when other work shares the machine. Peak MiB: the process\'s peak working set (resident set) after its')
print('single-threaded cuts. Agreement: the share of python3-jieba\'s tokens cut identically (same start and end).')
print()
print('| implementation | load s | load CPU-s | MiB/s 1 thread | MiB/s all cores | MiB per CPU-s | bytes allocated / MiB | peak MiB '
      '| tokens | agreement with python | × python | × jieba-rs | × python (CPU) | × jieba-rs (CPU) |')
print('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
for r in everyone:
    print('| %s | %.3f | %.3f | %.2f | %s | %.2f | %s | %.0f | %d | %.3f %% | %.1f | %.2f | %.1f | %.2f |' % (
        r['implementation'], r['load_seconds'], r['load_cpu_seconds'], r['mib_per_second'], num(r.get('mib_per_second_all_cores'), '{:.2f}'),
        r['mib_per_cpu_second'], num(r.get('allocated_bytes_per_mib'), '{:,.0f}'), r['peak_working_set_mib'],
        r['tokens'], 100 * r['agreement'],
        r['mib_per_second'] / python['mib_per_second'], r['mib_per_second'] / rust['mib_per_second'],
        r['mib_per_cpu_second'] / python['mib_per_cpu_second'], r['mib_per_cpu_second'] / rust['mib_per_cpu_second']))
print()
print('NewsHub.Segmentation: %.1f× python3-jieba (goal ≥ 10×), %.2f× jieba-rs (goal ≥ 1.0×) single-threaded '
      '(CPU time: %.1f×, %.2f×); dictionary %.1f MB, loaded in %.3f s'
      % (ours['mib_per_second'] / python['mib_per_second'], ours['mib_per_second'] / rust['mib_per_second'],
         ours['mib_per_cpu_second'] / python['mib_per_cpu_second'], ours['mib_per_cpu_second'] / rust['mib_per_cpu_second'],
         ours['dictionary_megabytes'], ours['load_seconds']))
print('jieba.NET: NewsHub.Segmentation is %.1f× as fast on one thread (CPU time: %.1f×), loads %.1f× as fast '
      '(%.3f s against %.3f s; CPU %.3f s against %.3f s) and peaks at %.0f MiB against %.0f MiB; jieba.NET cuts %.3f %% of python\'s tokens alike'
      % (ours['mib_per_second'] / jiebanet['mib_per_second'], ours['mib_per_cpu_second'] / jiebanet['mib_per_cpu_second'],
         jiebanet['load_seconds'] / ours['load_seconds'], ours['load_seconds'], jiebanet['load_seconds'],
         ours['load_cpu_seconds'], jiebanet['load_cpu_seconds'],
         ours['peak_working_set_mib'], jiebanet['peak_working_set_mib'], 100 * jiebanet['agreement']))
if not jiebanet['covers_text']:
    print('jieba.NET\'s tokens do not add up to the text: its agreement is a lower bound')
probe = jiebanet['emoji_probe']
print('Characters outside the BMP: jieba.NET cuts %d of the text\'s %d in two (python %d, jieba-rs %d, ours %d), and %d of %d'
      % (jiebanet['split_pairs'], len(pair_middles), python['split_pairs'], rust['split_pairs'], ours['split_pairs'],
         probe['pairs_split'], probe['surrogate_pairs']))
print('in %d emoji sentences, leaving %d tokens that are not valid strings, e.g. %s'
      % (probe['sentences'], probe['invalid_tokens'], probe['example']))
print()
for r in (ours, rust, jiebanet):
    if not r['differences']:
        continue
    # Most common first: python's token, and the implementation's tokens over the same text.
    cuts = collections.Counter()
    for start, end in r['differences']:
        first = bisect.bisect_right(r['ends'], start)     # the token that holds unit `start`
        last = bisect.bisect_left(r['ends'], end)         # the token that holds unit `end - 1`
        bounds = [0 if first == 0 else r['ends'][first - 1]] + r['ends'][first:last + 1]
        cuts[(piece(start, end), ' / '.join(piece(a, b) for a, b in zip(bounds, bounds[1:])))] += 1
    shown = '; '.join('%r → %r ×%d' % (theirs, mine, n) for (theirs, mine), n in cuts.most_common(6))
    print('%s: %d of python\'s tokens cut otherwise, most often %s' % (r['implementation'], len(r['differences']), shown))
