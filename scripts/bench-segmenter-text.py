#!/usr/bin/python3
"""Writes the segmenter benchmark text: exactly 1 MiB of UTF-8 made of the shared corpus articles.

Usage: bench-segmenter-text.py OUTPUT [SHARED_DIR]

Each file of shared/corpus is decoded (UTF-8, else GB18030), its YAML front matter dropped, HTML tags turned into
line breaks and entities unescaped, as the speed anchors in shared/research/toolchain.md were measured; the
articles are joined and repeated, and the result is cut to 1,048,576 bytes at a character boundary.
"""
import html
import os
import re
import sys

MIB = 1 << 20


def read(path):
    data = open(path, 'rb').read()
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('gb18030')


def body(text):
    text = text.replace('\r\n', '\n')
    if text.startswith('---\n'):
        end = text.find('\n---', 4)
        if end >= 0:
            text = text[end + 4:]
    return html.unescape(re.sub(r'<[^>]+>', '\n', text))


def main():
    output = sys.argv[1]
    shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared')
    corpus = os.path.join(shared, 'corpus')
    articles = [body(read(os.path.join(corpus, name))) for name in sorted(os.listdir(corpus)) if name != 'SOURCES.md']
    text = '\n'.join(articles)
    while len(text.encode('utf-8')) < MIB:
        text += '\n' + text
    data = text.encode('utf-8')[:MIB]
    while True:   # back off to a character boundary
        try:
            text = data.decode('utf-8')
            break
        except UnicodeDecodeError:
            data = data[:-1]
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    with open(output, 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    cjk = sum(1 for c in text if '\u4e00' <= c <= '\u9fd5')
    print('%s: %d bytes, %d characters, %d CJK, from %d articles' % (output, len(data), len(text), cjk, len(articles)),
          file=sys.stderr)


if __name__ == '__main__':
    main()
