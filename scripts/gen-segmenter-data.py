#!/usr/bin/python3
"""Builds the compact data files NewsHub.Segmentation embeds, from Debian's python3-jieba 0.42.1.

Usage: /usr/bin/python3 scripts/gen-segmenter-data.py [jieba-package-dir]

Writes into src/NewsHub.Segmentation/Data/:
  jieba-dict.bin.z   the prefix dictionary (dict.txt), front-coded and zlib-compressed
  jieba-hmm.bin.z    finalseg's BMES start/transition/emission log-probabilities
  jieba-pos.bin.z    posseg's (BMES x tag) start/transition/emission tables and char_state_tab
All integers and doubles are little-endian; doubles are written with struct.pack('<d'), so the C# side
reads the very bits python3-jieba computes with. The format is described in the C# readers
(Dictionary/DictionaryData.cs, Hmm/HmmModel.cs, PartOfSpeech/PosModel.cs); bump the magic when it changes.
"""
import hashlib
import os
import struct
import sys
import zlib

JIEBA_DIR = sys.argv[1] if len(sys.argv) > 1 else '/usr/lib/python3/dist-packages/jieba'
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'NewsHub.Segmentation', 'Data')
MIN_FLOAT = -3.14e100
STATES = 'BEMS'   # index order used by the C# model


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def utf16(s):
    return s.encode('utf-16-le', 'surrogatepass')


def short_string(s):
    b = s.encode('ascii')
    assert len(b) < 256
    return bytes([len(b)]) + b


def write(name, payload):
    path = os.path.join(OUT_DIR, name)
    with open(path, 'wb') as f:
        f.write(zlib.compress(payload, 9))
    print('%s: %d bytes (%d raw)' % (name, os.path.getsize(path), len(payload)))


def build_dictionary():
    """Mirrors Tokenizer.gen_pfdict: the last line of a word wins, but every line counts towards total."""
    path = os.path.join(JIEBA_DIR, 'dict.txt')
    entries = {}
    total = 0
    with open(path, 'rb') as f:
        for line in f:
            line = line.strip().decode('utf-8')
            parts = line.split(' ')
            word, freq = parts[0], int(parts[1])
            tag = parts[2] if len(parts) > 2 else ''
            entries[word] = (freq, tag)
            total += freq
    tags = sorted({tag for _, tag in entries.values()})
    tag_index = {tag: i for i, tag in enumerate(tags)}
    words = sorted(entries, key=utf16)   # UTF-16 order, the order C#'s ordinal comparison uses
    out = bytearray(b'JBDICT1\0')
    out += struct.pack('<iq', len(words), total)
    out += bytes([len(tags)]) + b''.join(short_string(t) for t in tags)
    previous = ''
    for word in words:
        assert all(ord(c) <= 0xFFFF for c in word) and len(word) < 256
        shared = 0
        while shared < min(len(word), len(previous)) and word[shared] == previous[shared]:
            shared += 1
        suffix = word[shared:]
        freq, tag = entries[word]
        out += bytes([shared, len(suffix)]) + utf16(suffix) + varint(freq) + bytes([tag_index[tag]])
        previous = word
    with open(path, 'rb') as f:
        print('dict.txt sha256 %s, %d words, total %d' % (hashlib.sha256(f.read()).hexdigest(), len(words), total))
    write('jieba-dict.bin.z', bytes(out))


def emission_block(table):
    items = sorted(table.items())
    out = bytearray(struct.pack('<i', len(items)))
    for ch, logp in items:
        assert ord(ch) <= 0xFFFF
        out += struct.pack('<Hd', ord(ch), logp)
    return out


def build_hmm():
    sys.path.insert(0, os.path.dirname(JIEBA_DIR))
    from jieba.finalseg.prob_start import P as start
    from jieba.finalseg.prob_trans import P as trans
    from jieba.finalseg.prob_emit import P as emit
    out = bytearray(b'JBHMM1\0\0')
    out += b''.join(struct.pack('<d', start[s]) for s in STATES)
    out += b''.join(struct.pack('<d', trans[a].get(b, MIN_FLOAT)) for a in STATES for b in STATES)
    for s in STATES:
        out += emission_block(emit[s])
    write('jieba-hmm.bin.z', bytes(out))


def build_pos():
    from jieba.posseg.prob_start import P as start
    from jieba.posseg.prob_trans import P as trans
    from jieba.posseg.prob_emit import P as emit
    from jieba.posseg.char_state_tab import P as char_states
    # A state is (BMES, tag); number them in python's tuple order so that ties, which posseg breaks by
    # comparing state tuples, can be broken by comparing state numbers.
    states = sorted(set(start) | set(trans) | set(emit) | {y for t in trans.values() for y in t}
                    | {y for ys in char_states.values() for y in ys})
    index = {s: i for i, s in enumerate(states)}
    out = bytearray(b'JBPOS1\0\0')
    out += struct.pack('<i', len(states))
    for bmes, tag in states:
        out += bytes([ord(bmes)]) + short_string(tag)
    out += b''.join(struct.pack('<d', start.get(s, MIN_FLOAT)) for s in states)
    for s in states:
        row = sorted(trans.get(s, {}).items())
        out += struct.pack('<i', len(row))
        for target, logp in row:
            out += struct.pack('<id', index[target], logp)
    for s in states:
        out += emission_block(emit.get(s, {}))
    rows = sorted(char_states.items())
    out += struct.pack('<i', len(rows))
    for ch, ys in rows:
        assert ord(ch) <= 0xFFFF
        out += struct.pack('<Hi', ord(ch), len(ys)) + b''.join(struct.pack('<i', index[y]) for y in ys)
    write('jieba-pos.bin.z', bytes(out))


if __name__ == '__main__':
    os.makedirs(OUT_DIR, exist_ok=True)
    build_dictionary()
    build_hmm()
    build_pos()
