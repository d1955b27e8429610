"""The same document in different files: a scan and its typed original, or one 通知 scanned by two
units. Found by their text, not their bytes: each text is cut into overlapping four-character pieces
(spaces, punctuation and letter width set aside, so a recognised scan meets its typed original), and
two texts are one document when most of their pieces are shared. A sketch of each text (its pieces
with the smallest hashes) finds the candidates, so thousands of texts are compared in a moment.
Nothing here imports Qt or SQLAlchemy.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import defaultdict
from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

PIECE = 4
SKETCH = 48  # pieces kept of each text
MIN_CHARS = 60  # shorter texts (a photo's caption, a form's headings) say too little to match
SAME = 0.6  # the share of pieces two texts have in common for them to be one document
_KEEP = re.compile(r"[\w]", re.UNICODE)


def normal(text: str) -> str:
    """The text's letters and digits only, full-width forms as half-width."""
    return "".join(_KEEP.findall(unicodedata.normalize("NFKC", text))).lower()


def pieces(text: str) -> set[int]:
    flat = normal(text)
    return {zlib.crc32(flat[i : i + PIECE].encode()) for i in range(len(flat) - PIECE + 1)}


def groups(texts: Mapping[K, str]) -> list[list[K]]:
    """The keys whose texts are one document, each group of two or more, in the order given."""
    order = {key: n for n, key in enumerate(texts)}
    shingles = {key: cut for key, text in texts.items() if len(normal(text)) >= MIN_CHARS and (cut := pieces(text))}
    sketches = {key: set(sorted(cut)[:SKETCH]) for key, cut in shingles.items()}
    holders: dict[int, list[K]] = defaultdict(list)
    for key, sketch in sketches.items():
        for value in sketch:
            holders[value].append(key)
    parent = {key: key for key in shingles}

    def root(key: K) -> K:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    seen: set[tuple[K, K]] = set()
    for keys in holders.values():
        if len(keys) > 200:  # a piece nearly every text has (a header) finds nothing
            continue
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                pair = (a, b) if order[a] < order[b] else (b, a)
                if pair in seen:
                    continue
                seen.add(pair)
                small, large = sorted((shingles[a], shingles[b]), key=len)
                if len(small) * 2 < len(large):
                    continue  # one is a page of the other's many
                if len(small & large) / len(small | large) >= SAME:
                    parent[root(a)] = root(b)
    found: dict[K, list[K]] = defaultdict(list)
    for key in sorted(shingles, key=order.__getitem__):
        found[root(key)].append(key)
    return [members for members in found.values() if len(members) > 1]
