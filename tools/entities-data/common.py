"""Shared helpers for the depeche-entities data generators.

Not part of the published crate. Requires the pinned packages in
requirements.txt (babel, which ships Unicode CLDR data).
"""

from __future__ import annotations

import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "crates", "depeche-entities", "data"))

# The babel version the data was generated with (see requirements.txt).
BABEL_VERSION = "2.18.0"


def check_babel() -> None:
    import babel
    from babel.core import get_cldr_version

    if babel.__version__ != BABEL_VERSION:
        raise SystemExit(
            f"babel {babel.__version__} installed, {BABEL_VERSION} pinned: "
            f"pip install babel=={BABEL_VERSION}"
        )
    print(f"babel {babel.__version__}, CLDR {get_cldr_version()}")


def norm(text: str) -> str:
    """NFC, typographic apostrophe to ASCII, collapsed spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u2019", "'").replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(text.split())


def fold(text: str) -> str:
    """Accent- and case-folded key (what the matcher is expected to do)."""
    decomposed = unicodedata.normalize("NFD", norm(text).lower())
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("œ", "oe").replace("æ", "ae")


def slug(text: str) -> str:
    s = fold(text)
    out = []
    for c in s:
        if c.isascii() and c.isalnum():
            out.append(c)
        else:
            out.append("-")
    return "-".join(p for p in "".join(out).split("-") if p)


def cell(items) -> str:
    """Join a list into a TSV cell: '|'-separated, '-' when empty, order kept, no dupes."""
    seen = []
    for it in items:
        it = norm(it)
        if it and it != "-" and it not in seen:
            seen.append(it)
    return "|".join(seen) if seen else "-"


def dedupe_folded(name: str, variants):
    """Drop variants that equal the name or another variant once accents/case are folded."""
    keys = {fold(name)}
    out = []
    for v in variants:
        v = norm(v)
        if not v or v == "-":
            continue
        k = fold(v)
        if k in keys:
            continue
        keys.add(k)
        out.append(v)
    return out


def write_tsv(filename: str, header: list[str], rows: list[list[str]]) -> str:
    path = os.path.join(DATA, filename)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("#" + "\t".join(header) + "\n")
        for r in rows:
            assert len(r) == len(header), (filename, r)
            f.write("\t".join(x.strip() for x in r) + "\n")
    print(f"wrote {path}: {len(rows)} rows")
    return path


def parse_block(block: str, ncols: int, fill: str = "-"):
    """Parse a hand-written block: one record a line, columns separated by ' ; '.

    Lines starting with '#' and blank lines are skipped. Missing trailing
    columns are filled with '-'.
    """
    rows = []
    for line in block.strip("\n").split("\n"):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split(" ; ")]
        if len(parts) > ncols:
            raise ValueError(f"too many columns ({len(parts)} > {ncols}): {line}")
        parts += [fill] * (ncols - len(parts))
        rows.append(parts)
    return rows
