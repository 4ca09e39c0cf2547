"""Validate crates/depeche-entities/data/*.tsv (the contract with the matcher).

Run from anywhere:  python3 tools/entities-data/check.py
Standard library only. Exits non-zero and lists every problem found.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "crates", "depeche-entities", "data"))

HEADERS = {
    "countries.tsv": ["alpha2", "alpha3", "name", "variants", "demonyms", "status", "flags"],
    "places.tsv": ["id", "name", "kind", "country", "variants", "demonyms", "metonym", "flags"],
    "organizations.tsv": ["id", "name", "acronyms", "variants", "type", "country", "flags"],
    "titles.tsv": ["title", "category", "forms", "implies"],
    "first_names.tsv": ["name", "regions"],
}
MINIMUM = {
    "countries.tsv": 195 + 30,
    "places.tsv": 500,
    "organizations.tsv": 250,
    "titles.tsv": 150,
    "first_names.tsv": 2500,
}
ENUMS = {
    ("countries.tsv", "status"): {"member", "observer", "territory"},
    ("places.tsv", "kind"): {"city", "region", "place"},
    ("organizations.tsv", "type"): {
        "international", "regional", "armed_group", "government",
        "party", "company", "media", "ngo",
    },
    ("titles.tsv", "category"): {
        "military", "political", "government", "diplomatic", "judicial",
        "religious", "royal", "civil", "honorific",
    },
}
FLAGS = {
    "countries.tsv": {"ambiguous_name", "ambiguous_demonym"},
    "places.tsv": {"ambiguous_name"},
    "organizations.tsv": {"ambiguous_acronym", "ambiguous_name"},
}
REGIONS = {
    "west_africa", "central_africa", "east_africa", "maghreb", "arab", "persian",
    "turkish", "europe_fr", "europe", "russia", "anglo", "latin_america", "asia",
}
A2 = re.compile(r"^[A-Z]{2}$")
A3 = re.compile(r"^[A-Z]{3}$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def fold(s: str) -> str:
    d = unicodedata.normalize("NFD", s.lower())
    out = "".join(c for c in d if not unicodedata.combining(c))
    return out.replace("œ", "oe").replace("æ", "ae")


def sort_key(s: str):
    return (fold(s), s)


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.tables: dict[str, list[dict[str, str]]] = {}

    def err(self, fname: str, line: int, msg: str) -> None:
        self.errors.append(f"{fname}:{line}: {msg}")

    def load(self, fname: str) -> None:
        path = os.path.join(DATA, fname)
        header = HEADERS[fname]
        if not os.path.exists(path):
            self.err(fname, 0, "missing file")
            self.tables[fname] = []
            return
        raw = open(path, "rb").read()
        if b"\r" in raw:
            self.err(fname, 0, "CR line ending")
        if raw.startswith(b"\xef\xbb\xbf"):
            self.err(fname, 0, "BOM")
        if not raw.endswith(b"\n"):
            self.err(fname, 0, "no final newline")
        text = raw.decode("utf-8")
        lines = text.split("\n")[:-1]
        if not lines or lines[0] != "#" + "\t".join(header):
            self.err(fname, 1, f"header must be #{'<TAB>'.join(header)}")
        rows = []
        for n, line in enumerate(lines[1:], start=2):
            if line.startswith("#"):
                self.err(fname, n, "comment line after header")
                continue
            if line != line.rstrip() or line != line.lstrip():
                self.err(fname, n, "leading/trailing whitespace")
            if unicodedata.normalize("NFC", line) != line:
                self.err(fname, n, "not NFC")
            if "\u2019" in line:
                self.err(fname, n, "typographic apostrophe (use ')")
            cols = line.split("\t")
            if len(cols) != len(header):
                self.err(fname, n, f"{len(cols)} columns, expected {len(header)}")
                continue
            row = dict(zip(header, cols))
            row["_line"] = str(n)
            for k, v in zip(header, cols):
                if v == "":
                    self.err(fname, n, f"empty cell {k} (use -)")
                elif v != v.strip() or "  " in v:
                    self.err(fname, n, f"stray spaces in {k}")
                elif v != "-":
                    parts = v.split("|")
                    if any(p.strip() != p or p == "" or p == "-" for p in parts):
                        self.err(fname, n, f"bad list in {k}: {v!r}")
                    if len(set(parts)) != len(parts):
                        self.err(fname, n, f"repeated item in {k}")
            for (f, col), allowed in ENUMS.items():
                if f == fname and row[col] not in allowed:
                    self.err(fname, n, f"{col} {row[col]!r} not in {sorted(allowed)}")
            if fname in FLAGS and row["flags"] != "-":
                bad = set(row["flags"].split("|")) - FLAGS[fname]
                if bad:
                    self.err(fname, n, f"unknown flags {sorted(bad)}")
            rows.append(row)
        self.tables[fname] = rows

    def unique_sorted(self, fname: str, key: str, keyfn=lambda s: s) -> None:
        rows = self.tables[fname]
        seen = {}
        for r in rows:
            k = r[key]
            if k in seen:
                self.err(fname, int(r["_line"]), f"duplicate {key} {k!r} (line {seen[k]})")
            seen[k] = r["_line"]
        keys = [keyfn(r[key]) for r in rows]
        for i in range(1, len(keys)):
            if keys[i] < keys[i - 1]:
                self.err(fname, int(rows[i]["_line"]), f"not sorted by {key}")
                break

    def run(self) -> int:
        for fname in HEADERS:
            self.load(fname)

        countries = self.tables["countries.tsv"]
        self.unique_sorted("countries.tsv", "alpha2")
        codes = set()
        a3s = {}
        for r in countries:
            n = int(r["_line"])
            if not A2.match(r["alpha2"]):
                self.err("countries.tsv", n, f"bad alpha2 {r['alpha2']}")
            if not A3.match(r["alpha3"]):
                self.err("countries.tsv", n, f"bad alpha3 {r['alpha3']}")
            if r["alpha3"] in a3s:
                self.err("countries.tsv", n, f"duplicate alpha3 {r['alpha3']}")
            a3s[r["alpha3"]] = r["alpha2"]
            codes.add(r["alpha2"])
            if r["name"] == "-":
                self.err("countries.tsv", n, "no name")
            names = [r["name"]] + ([] if r["variants"] == "-" else r["variants"].split("|"))
            folded = [fold(x) for x in names]
            if len(set(folded)) != len(folded):
                self.err("countries.tsv", n, "variant equal to name/another variant after accent folding")
        # a country name/variant must not point to two countries
        owner = {}
        for r in countries:
            for x in [r["name"]] + ([] if r["variants"] == "-" else r["variants"].split("|")):
                k = fold(x)
                if k in owner and owner[k] != r["alpha2"]:
                    self.err("countries.tsv", int(r["_line"]), f"{x!r} also names {owner[k]}")
                owner[k] = r["alpha2"]
        # a demonym shared by two countries must be flagged on both
        dem_owner: dict[str, set[str]] = {}
        for r in countries:
            if r["demonyms"] != "-":
                for d in r["demonyms"].split("|"):
                    dem_owner.setdefault(fold(d), set()).add(r["alpha2"])
        flagged = {r["alpha2"] for r in countries if "ambiguous_demonym" in r["flags"].split("|")}
        for d, owners in dem_owner.items():
            if len(owners) > 1 and not owners <= flagged:
                self.err("countries.tsv", 0, f"demonym {d!r} shared by {sorted(owners)} but not flagged on all")
        for r in countries:
            if r["alpha2"] in flagged:
                mine = {fold(d) for d in r["demonyms"].split("|")}
                if not any(len(dem_owner[d]) > 1 for d in mine):
                    self.err("countries.tsv", int(r["_line"]), "ambiguous_demonym but no shared demonym")
        status = {}
        for r in countries:
            status[r["status"]] = status.get(r["status"], 0) + 1
        if status.get("member") != 193:
            self.err("countries.tsv", 0, f"{status.get('member')} UN members, expected 193")
        if status.get("observer") != 2:
            self.err("countries.tsv", 0, f"{status.get('observer')} observers, expected 2")
        if status.get("territory", 0) < 30:
            self.err("countries.tsv", 0, "fewer than 30 territories")

        self.unique_sorted("places.tsv", "id")
        for r in self.tables["places.tsv"]:
            n = int(r["_line"])
            if not SLUG.match(r["id"]):
                self.err("places.tsv", n, f"bad id {r['id']!r}")
            for col in ("country", "metonym"):
                v = r[col]
                if v != "-" and (not A2.match(v) or v not in codes):
                    self.err("places.tsv", n, f"{col} {v!r} not in countries.tsv")

        self.unique_sorted("organizations.tsv", "id")
        for r in self.tables["organizations.tsv"]:
            n = int(r["_line"])
            if not SLUG.match(r["id"]):
                self.err("organizations.tsv", n, f"bad id {r['id']!r}")
            v = r["country"]
            if v != "-" and (not A2.match(v) or v not in codes):
                self.err("organizations.tsv", n, f"country {v!r} not in countries.tsv")
            if r["acronyms"] != "-":
                for a in r["acronyms"].split("|"):
                    if a.lower() == a and not any(c.isdigit() for c in a):
                        self.err("organizations.tsv", n, f"acronym {a!r} is all lower case")

        self.unique_sorted("titles.tsv", "title", sort_key)
        titles = {r["title"] for r in self.tables["titles.tsv"]}
        for r in self.tables["titles.tsv"]:
            if r["implies"] != "-" and r["implies"] not in titles:
                self.err("titles.tsv", int(r["_line"]), f"implies unknown title {r['implies']!r}")

        self.unique_sorted("first_names.tsv", "name", sort_key)
        for r in self.tables["first_names.tsv"]:
            n = int(r["_line"])
            if " " in r["name"]:
                self.err("first_names.tsv", n, "space in first name")
            bad = set(r["regions"].split("|")) - REGIONS
            if bad or r["regions"] == "-":
                self.err("first_names.tsv", n, f"bad regions {r['regions']!r}")

        for fname, rows in self.tables.items():
            ok = len(rows) >= MINIMUM[fname]
            print(f"{fname:20} {len(rows):6} rows{'' if ok else '  (below target ' + str(MINIMUM[fname]) + ')'}")
            if not ok:
                self.err(fname, 0, f"{len(rows)} rows, target {MINIMUM[fname]}")
        if self.errors:
            print(f"\n{len(self.errors)} problem(s):")
            for e in self.errors[:200]:
                print("  " + e)
            return 1
        print("all checks passed")
        return 0


if __name__ == "__main__":
    sys.exit(Checker().run())
