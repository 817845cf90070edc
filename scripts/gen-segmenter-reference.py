#!/usr/bin/python3
"""Reference segmentations from python3-jieba, for NewsHub.Segmentation's conformance tests.

Run with Debian's interpreter (/usr/bin/python3), which sees the python3-jieba package.

  gen-segmenter-reference.py [--userdict FILE] [--add WORD[:FREQ[:TAG]]]... [--del WORD]... [--suggest WORD]...

Reads one input per line on stdin, as the hex of its UTF-16LE code units (so that any string, unpaired
surrogates included, crosses the pipe intact), and writes one line per input with tab-separated fields:
  cut (HMM) | cut (no HMM) | cut_all | cut_for_search (HMM) | cut_for_search (no HMM) | tokenize(search) spans | posseg
Each word field is "<count>:" followed by space-separated hex UTF-16LE words; the spans field is
"<count>:" followed by start-end pairs in code points; posseg is space-separated hex-word/tag pairs.
Words given with --add, --del and --suggest are hex too. Each --suggest prints "suggest<TAB>spec<TAB>freq"
before the results; parts joined by "+" ask for suggest_freq of the tuple of parts.
"""
import argparse
import logging
import sys

import jieba
import jieba.posseg

jieba.setLogLevel(logging.WARNING)


def enc(s):
    return s.encode('utf-16-le', 'surrogatepass').hex()


def dec(h):
    return bytes.fromhex(h).decode('utf-16-le', 'surrogatepass')


def words(ws):
    ws = list(ws)
    return '%d:%s' % (len(ws), ' '.join(enc(w) for w in ws))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--userdict')
    parser.add_argument('--add', action='append', default=[], help='hex of WORD, optionally :FREQ and :TAG')
    parser.add_argument('--del', dest='delete', action='append', default=[], help='hex of WORD')
    parser.add_argument('--suggest', action='append', default=[], help='hex of WORD, or hex parts joined by +')
    parser.add_argument('--no-posseg', action='store_true')
    parser.add_argument('--posseg-without-hmm', action='store_true', help='posseg.cut(text, HMM=False) instead')
    args = parser.parse_args()

    jieba.initialize()
    if args.userdict:
        jieba.load_userdict(args.userdict)
    for spec in args.add:
        parts = spec.split(':')
        freq = int(parts[1]) if len(parts) > 1 and parts[1] else None
        tag = parts[2] if len(parts) > 2 else None
        jieba.add_word(dec(parts[0]), freq, tag)
    for word in args.delete:
        jieba.del_word(dec(word))
    out = sys.stdout
    for spec in args.suggest:
        if '+' in spec:
            segment = tuple(dec(p) for p in spec.split('+'))
        else:
            segment = dec(spec)
        out.write('suggest\t%s\t%d\n' % (spec, jieba.suggest_freq(segment, False)))

    for line in sys.stdin:
        text = dec(line.strip())
        # tokenize(mode='search') yields exactly cut_for_search's words (same code), so one pass gives both.
        search = list(jieba.tokenize(text, mode='search'))
        fields = [
            words(jieba.cut(text, HMM=True)),
            words(jieba.cut(text, HMM=False)),
            words(jieba.cut(text, cut_all=True)),
            words(w for w, _, _ in search),
            words(jieba.cut_for_search(text, HMM=False)),
            '%d:%s' % (len(search), ' '.join('%d-%d' % (s, e) for _, s, e in search)),
        ]
        if args.no_posseg:
            fields.append('0:')
        else:
            pairs = [enc(p.word) + '/' + p.flag for p in jieba.posseg.cut(text, HMM=not args.posseg_without_hmm)]
            fields.append('%d:%s' % (len(pairs), ' '.join(pairs)))
        out.write('\t'.join(fields) + '\n')
        out.flush()


if __name__ == '__main__':
    main()
