#!/usr/bin/env python3
"""Differential test of the Raadsdashboard against the reference implementation (contract v1.2),
and a privacy attacker on the published figures. Python 3 stdlib only.

Usage:
    python3 Scripts/differential.py --swift .build/debug/raadsdashboard [--count 200] [--seed 1]
                                    [--keep DIR] [--attack]
    python3 Scripts/differential.py --data sample-data/voorbeeldgemeente [--swift PATH] [--attack]

Without --data it generates --count random, valid v1.2 datasets (deterministic for a --seed) that
stress the rules: small cells and ties, min_celgrootte 1..10, trial placements counted or not,
persons in two departments, placements after the peildatum, partial years, PSO, woonplaatsen,
budget posts with only begroting rows, overspend, running and ended contracts in one cohort,
header-only files and missing files. For each dataset and each year it runs the reference
(`Scripts/reference_summary.py`, in-process) and, with --swift, `PATH summary --data DIR --jaar Y
--format json`, and compares every key of the reference: numbers with relative tolerance 1e-9,
null must be null, strings equal, `reden` only null versus not-null (the wording is the
implementation's own), `waarschuwingen` by count (or not at all with --ignore-warnings).

--attack: attacks the published JSON of each year (the Swift output when --swift is given, else
the reference's) as an outsider would. The attacker knows every published figure of that one
year's JSON, the disclosure rule, min_celgrootte, the five doelgroep names, the four soorten and
every department name that occurs in the dataset in any year. Per year (every `reeks` entry on its
own) it enumerates every vector of cell counts consistent with the published breakdown, the
rule and the cross-figure bounds (share vast × personen_lopend, cells ≤ the headline counts, the
trial-placement lower bound personen_lopend − quotum.personen, tijdelijk/vast/detachering ≤
quotum.personen when trial placements do not count), and reports a grouped cell whose count is
the same (≥ 1) in every consistent vector, or a department or doelgroep that is small (1 … m−1)
in every consistent vector (its name is then revealed). Searches larger than 400,000 vectors are
skipped (never reported as safe or unsafe). It also checks the two-way splits (bovenformatief vs the rest,
behouden vs leavers), linked figures (share vast, average hours) and cells listed without a
count. Generator truth (or the dataset itself with --data) confirms each finding.

Exit status: 0 when no difference and nothing recovered, 1 otherwise, 2 on usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_summary as ref  # noqa: E402

DOELGROEPEN = ["wajong", "wsw", "participatiewet", "doelgroepregister", "onbekend"]
SOORTEN = ref.SOORTEN_PLAATSING
ALL_FILES = ["doelen.csv", "plaatsingen.csv", "budget.csv", "contracten.csv", "bouwblokken.csv",
             "sroi_prestaties.csv", "rapportages.csv", "regio.csv", "kengetallen.csv"]

# --------------------------------------------------------------------------------------------
# Generator


def d2s(d: dt.date, r: random.Random) -> str:
    return d.isoformat() if r.random() < 0.5 else f"{d.day}-{d.month}-{d.year}"


def num(x: float, semi: bool) -> str:
    s = repr(float(x)) if not float(x).is_integer() else str(int(x))
    return s.replace(".", ",") if semi else s


def rand_date(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, max(0, (b - a).days)))


COMPAT = False   # --compat: no v1.2-only inputs (waar/onwaar, decomposed Unicode, PSO korting)


def spelling(s: str) -> str:
    """A v1.2 spelling unless --compat: waar/onwaar stay, NFD text becomes NFC."""
    if not COMPAT:
        return s
    return {"waar": "ja", "onwaar": "nee"}.get(s, unicodedata.normalize("NFC", s))


def generate(folder: str, r: random.Random) -> None:
    """One random valid v1.2 dataset in `folder` (numbers are written per the file's delimiter)."""
    os.makedirs(folder, exist_ok=True)
    py = r.randint(2021, 2024)
    peil = dt.date(py, 12, 31) if r.random() < 0.4 else rand_date(r, dt.date(py, 1, 1), dt.date(py, 12, 30))
    first = py - r.randint(0, 4)
    start_all = dt.date(first, 1, 1)
    m = r.randint(1, 10)
    telt = r.random() < 0.4
    regio_naam = "Regio Test" if r.random() < 0.8 else None
    fmt = lambda v: str(v) if isinstance(v, int) else repr(v)  # noqa: E731
    toml = [f'naam = "Gemeente Test {r.randint(1, 999)}"', f"peildatum = {peil.isoformat()}",
            "fictief = true"]
    if regio_naam:
        toml.append(f'arbeidsmarktregio = "{regio_naam}"')
    toml += ["[normen]", f"proefplaatsing_telt_mee = {'true' if telt else 'false'}",
             f"urennorm = {r.choice([25.5, 24, 36])}",
             f"registratie_termijn_dagen = {r.choice([90, 0, 30, 365])}"]
    if r.random() < 0.6 and not COMPAT:
        toml += ["[normen.pso_korting]"] + [
            f"{k} = {fmt(r.choice([0.0, 0.05, 0.1, 0.25, 0.5, 1.0, 1]))}"
            for k in ("aspirant", "trede1", "trede2", "trede3") if r.random() < 0.8]
    woon_g = ["Teststad", "Dorp Één"]
    woon_r = ["Buurstad", "Regiodorp"]
    if r.random() < 0.7:
        toml += ["[sroi]", 'woonplaatsen_gemeente = ["Teststad", "Dorp Één"]']
        if r.random() < 0.7:
            toml.append('woonplaatsen_regio = ["Buurstad", " regiodorp "]')
    toml += ["[privacy]", f"min_celgrootte = {m if r.random() < 0.7 else float(m)}"]
    with open(os.path.join(folder, "dataset.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(toml) + "\n")

    def present(name: str) -> str | None:
        """'full', 'empty' (header only) or None (missing)."""
        x = r.random()
        return None if x < 0.08 else ("empty" if x < 0.13 else "full")

    # plaatsingen ------------------------------------------------------------------------
    st = present("plaatsingen.csv")
    if st:
        cafe = unicodedata.normalize("NFC", "Café")
        depts = r.sample(["Burgerzaken", "Stadsbeheer", "Sociaal Domein", "ICT", "Griffie",
                          "Bedrijfsvoering", cafe, "Onderwijs", "Financiën"], r.randint(2, 8))
        weights = [r.random() ** 2 + 0.02 for _ in depts]
        rows = []
        npers = r.choice([0, 3, 8, 15, 25, 40, 60]) if st == "full" else 0
        pid = 0
        for i in range(npers):
            person = f"P-{i:04d}"
            dg = r.choice(["wajong", "wsw", "participatiewet", "doelgroepregister", ""])
            home = r.choices(depts, weights)[0]
            s = rand_date(r, start_all, peil + dt.timedelta(days=40))
            for k in range(r.choice([1, 1, 1, 2, 2, 3])):
                soort = r.choice(SOORTEN)
                dept = home if r.random() < 0.8 else r.choices(depts, weights)[0]
                if dept == cafe and r.random() < 0.5:
                    dept = unicodedata.normalize("NFD", cafe)   # the same name, decomposed
                einde = None
                if r.random() < 0.55:
                    einde = s + dt.timedelta(days=r.choice([0, 30, 59, 180, 364, 365, 400, 800]))
                pid += 1
                rows.append([f"PL-{pid:05d}", person, dept, soort, d2s(s, r),
                             d2s(einde, r) if einde else "", r.choice([8, 12.5, 16, 20, 24, 25.5, 32, 36, 40]),
                             r.choice(["ja", "nee", "", "Ja", "n", "waar", "onwaar"] if r.random() < 0.3
                                      else ["nee", ""]),
                             dg if k == 0 or r.random() < 0.8 else r.choice(["wajong", "wsw", ""])])
                if einde is None:
                    break
                s = einde + dt.timedelta(days=r.choice([0, 1, 20, 31, 32, 90]))
        header = ["plaatsing_id", "persoon", "afdeling", "soort", "start", "einde",
                  "uren_per_week", "bovenformatief", "doelgroep"]
        semi = r.random() < 0.5
        out = [[v if not isinstance(v, float) and not isinstance(v, int) else num(v, semi) for v in row]
               for row in rows]
        _write_fixed(os.path.join(folder, "plaatsingen.csv"), header, out, semi, r)

    # doelen -----------------------------------------------------------------------------
    st = present("doelen.csv")
    if st:
        rows = []
        if st == "full":
            for y in range(first, py + 1):
                if r.random() < 0.7:
                    rows.append([str(y), "quotum_banenafspraak", r.choice([0, 2, 5.5, 10, 20]),
                                 r.choice(["banen", "fte", "personen"]),
                                 r.choice(["ambtelijk", "college", "raad"])])
        semi = r.random() < 0.5
        _write_fixed(os.path.join(folder, "doelen.csv"),
                     ["jaar", "indicator", "doel", "eenheid", "vastgesteld_door"],
                     [[num(v, semi) if isinstance(v, (int, float)) else v for v in row] for row in rows],
                     semi, r)

    # budget -----------------------------------------------------------------------------
    st = present("budget.csv")
    if st:
        rows = []
        if st == "full":
            for post in ("bovenformatief_fonds", "social_return_team", "banenafspraak", "Jobcoaching"):
                if r.random() < 0.2:
                    continue
                for y in range(first, py + 2):
                    for soort in ("begroting", "uitgave"):
                        if r.random() < 0.45:
                            continue
                        for _ in range(r.choice([1, 1, 2])):
                            datum = ""
                            if soort == "uitgave" and r.random() < 0.6:
                                dd = rand_date(r, dt.date(y, 1, 1), dt.date(y, 12, 31))
                                datum = d2s(dd, r)
                            rows.append([str(y), post if r.random() < 0.8 else post.upper(), soort,
                                         r.choice([0, 1000, 12500.5, 50000, 99999]), datum])
        semi = r.random() < 0.5
        _write_fixed(os.path.join(folder, "budget.csv"), ["jaar", "post", "soort", "bedrag", "datum"],
                     [[num(v, semi) if isinstance(v, (int, float)) else v for v in row] for row in rows],
                     semi, r)

    # contracten, bouwblokken, prestaties --------------------------------------------------
    st = present("contracten.csv")
    cids = []
    if st:
        rows = []
        if st == "full":
            for i in range(r.choice([0, 2, 5, 10, 20])):
                g = rand_date(r, start_all, peil + dt.timedelta(days=60))
                e = None if r.random() < 0.35 else g + dt.timedelta(days=r.choice([30, 200, 400, 900]))
                cid = f"C-{i:03d}"
                cids.append(cid)
                rows.append([cid, r.choice(["Ruimte", "Sociaal", "", "ICT", "ruimte"]),
                             r.choice(["Teststad", "Buurstad", "", "Verweg"]),
                             r.choice(["enkelvoudig_onderhands", "meervoudig_onderhands", "nationaal",
                                       "europees", "Europees"]),
                             r.choice(["werken", "diensten", "diensten", "leveringen"]), d2s(g, r),
                             d2s(e, r) if e else "", r.choice([20000, 150000, 800000, 2500000]),
                             r.choice([None, 0, 10000, 300000]),
                             r.choice(["ja", "nee", ""]), "ja" if r.random() < 0.1 else "",
                             r.choice([0, 0, 1.5, 2]), r.choice(["", "", "aspirant", "1", "2", "3"])])
        semi = r.random() < 0.5
        _write_fixed(os.path.join(folder, "contracten.csv"),
                     ["contract_id", "afdeling", "gemeente", "procedure", "categorie", "gunningsdatum",
                      "einddatum", "aanneemsom", "loonsom", "sebo_keurmerk", "ontheffing",
                      "extra_percentage", "pso_trede"],
                     [["" if v is None else (num(v, semi) if isinstance(v, (int, float)) else v)
                       for v in row] for row in rows], semi, r)
    blocks = [("BA", "banen", "jaar", 50000), ("WW", "banen", "maand", 1666.5),
              ("STG", "ontwikkeling", "jaar", 5000), ("MO", "maatschappelijk", "uur", 35),
              ("EUR", "maatschappelijk", "euro", 1)]
    if cids or r.random() < 0.5:
        semi = r.random() < 0.5
        _write_fixed(os.path.join(folder, "bouwblokken.csv"),
                     ["code", "omschrijving", "hoofdonderdeel", "eenheid", "waarde"],
                     [[c, "blok " + c, h, e, num(w, semi)] for c, h, e, w in blocks], semi, r)
        if cids and r.random() < 0.9:
            rows = []
            for i in range(r.choice([0, 3, 10, 30])):
                cid = r.choice(cids)
                c, h, e, w = r.choice(blocks)
                datum = rand_date(r, start_all, peil + dt.timedelta(days=30))
                rows.append([f"PR-{i:04d}", cid, c, d2s(datum, r),
                             r.choice([0.5, 1, 2, 12]) if e != "euro" else r.choice([100, 2500]),
                             r.choice(["ja", "nee", "", "waar"]),
                             r.choice(["Teststad", "teststad ", "Buurstad", "Regiodorp", "Verweg", "",
                                       unicodedata.normalize("NFD", "Dorp Één")])])
            semi = r.random() < 0.5
            _write_fixed(os.path.join(folder, "sroi_prestaties.csv"),
                         ["prestatie_id", "contract_id", "bouwblok", "datum", "aantal", "geverifieerd",
                          "woonplaats"],
                         [[num(v, semi) if isinstance(v, (int, float)) else v for v in row]
                          for row in rows], semi, r)

    # rapportages, regio ------------------------------------------------------------------
    st = present("rapportages.csv")
    if st:
        rows = []
        if st == "full":
            for i in range(r.randint(0, 8)):
                y = r.randint(first, py + 1)
                rows.append([f"R-{i}", f"Rapport {i}", d2s(rand_date(r, dt.date(y, 1, 1), dt.date(y, 12, 31)), r),
                             str(y), r.choice(["", "rapportage_sociaal_domein", "jaarstukken", "overig"]),
                             r.choice(["geen", "kwalitatief", "cijfers"]),
                             r.choice(["geen", "kwalitatief", "cijfers"]), r.choice(["ja", "nee", "", "1"])])
        _write_fixed(os.path.join(folder, "rapportages.csv"),
                     ["rapportage_id", "titel", "datum", "jaargang", "soort", "banenafspraak", "sroi",
                      "budget"], rows, r.random() < 0.5, r)
    st = present("regio.csv")
    if st:
        rows = []
        if st == "full":
            for y in range(first, py + 1):
                for sector in ("markt", "overheid"):
                    if r.random() < 0.7:
                        rows.append([r.choice(["Regio Test", "REGIO TEST", "Andere"]), str(y), sector,
                                     r.choice(["", 100, 250]), r.choice(["", 90, 260])])
        semi = r.random() < 0.5
        _write_fixed(os.path.join(folder, "regio.csv"),
                     ["arbeidsmarktregio", "jaar", "sector", "doel", "gerealiseerd"],
                     [[num(v, semi) if isinstance(v, (int, float)) else v for v in row] for row in rows],
                     semi, r)


def _write_fixed(path, header, rows, semi, r):
    delim = ";" if semi else ","

    def q(v: str) -> str:
        v = spelling(str(v))
        if any(c in v for c in (delim, '"', "\n")):
            return '"' + v.replace('"', '""') + '"'
        return v
    eol = "\r\n" if r.random() < 0.3 else "\n"
    text = eol.join(delim.join(q(v) for v in row) for row in [header] + rows) + eol
    bom = "\ufeff" if r.random() < 0.2 else ""
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(bom + text)


# --------------------------------------------------------------------------------------------
# Running both implementations


def reference(folder: str):
    """(dataset, {year: summary}) or raises RuntimeError with the reference's errors."""
    diag = ref.Diagnostics()
    ds = ref.load_dataset(folder, diag)
    if diag.errors:
        raise RuntimeError("\n".join(diag.errors[:10]))
    ref.evaluate_contracts(ds, diag)
    out = {}
    for y in range(ref.first_year_any(ds), ds.peildatum.year + 1):
        out[y] = json.loads(ref.dumps(ref.summary(ds, y, diag)))
    return ds, out


def swift(binary: str, folder: str, y: int):
    p = subprocess.run([binary, "summary", "--data", folder, "--jaar", str(y), "--format", "json"],
                       capture_output=True, text=True, timeout=60)
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.strip()[:500]}"
    try:
        return json.loads(p.stdout), None
    except json.JSONDecodeError as e:
        return None, f"no JSON: {e}"


def compare(a, b, path: str, diffs: list, ignore_warnings: bool) -> None:
    """Every key of the reference `b` must be in `a` with the same value."""
    if isinstance(b, dict):
        if not isinstance(a, dict):
            diffs.append(f"{path}: expected an object, got {short(a)}")
            return
        for k, v in b.items():
            p = f"{path}.{k}"
            if k not in a:
                diffs.append(f"{p}: missing (reference: {short(v)})")
                continue
            if path == "" and k == "waarschuwingen":
                if not ignore_warnings and len(a[k] or []) != len(v):
                    diffs.append(f".waarschuwingen: {len(a[k] or [])} ≠ {len(v)} (reference)")
                continue
            if k == "reden":
                if (a[k] is None) != (v is None):
                    diffs.append(f"{p}: {short(a[k])} ≠ {short(v)} (reference)")
                continue
            compare(a[k], v, p, diffs, ignore_warnings)
    elif isinstance(b, list):
        if not isinstance(a, list) or len(a) != len(b):
            diffs.append(f"{path}: list {short(a)} ≠ {short(b)} (reference)")
            return
        for i, (x, y) in enumerate(zip(a, b)):
            compare(x, y, f"{path}[{i}]", diffs, ignore_warnings)
    elif b is None:
        if a is not None:
            diffs.append(f"{path}: {short(a)} ≠ null (reference)")
    elif isinstance(b, bool) or isinstance(a, bool):
        if a is not b:
            diffs.append(f"{path}: {short(a)} ≠ {short(b)} (reference)")
    elif isinstance(b, (int, float)):
        if not isinstance(a, (int, float)) or abs(a - b) > 1e-9 * max(1.0, abs(b)):
            diffs.append(f"{path}: {short(a)} ≠ {short(b)} (reference)")
    elif a != b:
        diffs.append(f"{path}: {short(a)} ≠ {short(b)} (reference)")


def short(v) -> str:
    s = json.dumps(v, ensure_ascii=False)
    return s if len(s) <= 120 else s[:117] + "…"


# --------------------------------------------------------------------------------------------
# Privacy attacker


def truth(ds, y: int) -> dict:
    """The unprotected cells of year y: {breakdown: {name: persons}}."""
    p = ref.period(ds, y)
    out = {"per_afdeling": {}, "per_doelgroep": {}, "per_soort": {s: 0 for s in SOORTEN}}
    rows = ref.counted_placements(ds)
    if rows is None:
        return out
    afd, dg = {}, {}
    for r in rows:
        if ref.overlap(r["start"], r["einde"], p) > 0:
            afd.setdefault(r["afdeling"], set()).add(r["persoon"])
            dg.setdefault(r["doelgroep"] or "onbekend", set()).add(r["persoon"])
    out["per_afdeling"] = {k: len(v) for k, v in afd.items()}
    out["per_doelgroep"] = {k: len(v) for k, v in dg.items()}
    running = ref.running_on(ref.placements(ds), p[1])
    out["per_soort"] = {s: len({r["persoon"] for r in running if r["soort"] == s}) for s in SOORTEN}
    return out


def departments(ds) -> list:
    pl = ds.tables["plaatsingen.csv"]
    return sorted({r["afdeling"] for r in pl.rows}) if pl is not None else []


LIMIT = 400_000


def solve_symmetric(universe, shown: dict, overig, m: int, ub: int):
    """Quotum breakdowns (symmetric rule). Returns {name: set of possible values} for the names not
    shown, or None when the search was too large. Enumerates multisets (non-increasing)."""
    hidden = [n for n in universe if n not in shown]
    if overig is None:
        return {n: {0} for n in hidden}
    k = len(hidden)
    if k == 0:
        return {}
    cap = overig if not shown else min(overig, min(shown.values()) - 1)
    cap = min(cap, ub)
    values = set()
    count = [0]

    def consistent(vec) -> bool:
        full = dict(shown)
        names = [f"\0h{i}" for i in range(k)]
        for n, v in zip(names, vec):
            if v > 0:
                full[n] = v
        g = ref.grouped_cells(full, m)
        return g == {n for n, v in zip(names, vec) if v > 0}

    def rec(prefix, remaining, maxv):
        if count[0] > LIMIT:
            return
        slots = k - len(prefix)
        if slots == 0:
            if remaining == 0:
                count[0] += 1
                if consistent(prefix):
                    values.update(prefix)
            return
        if remaining > slots * maxv:
            return
        for v in range(min(maxv, remaining), -1, -1):
            rec(prefix + [v], remaining - v, v)
    rec([], overig, cap)
    if count[0] > LIMIT:
        return None
    return {n: set(values) for n in hidden} if values else {n: set() for n in hidden}


def solve_soort(shown: dict, overig, m: int, lopend: int, qp, telt: bool, vast_known):
    hidden = [s for s in SOORTEN if s not in shown]
    if overig is None:
        return {}
    trial_bound = None if telt else max(0, lopend - (qp or 0))
    poss = {s: set() for s in hidden}
    ranges = []
    for s in hidden:
        hi = min(lopend, overig)
        lo = 0
        if qp is not None and (telt or s != "proefplaatsing"):
            hi = min(hi, qp)
        if s == "proefplaatsing" and not telt and qp is not None:
            lo = max(0, lopend - qp)
        if s == "vast" and vast_known is not None:
            lo = hi = vast_known
        ranges.append(range(lo, hi + 1))
    n = 0
    for vec in itertools.product(*ranges):
        n += 1
        if n > LIMIT:
            return None
        if sum(vec) != overig:
            continue
        full = dict(shown)
        full.update(zip(hidden, vec))
        if sum(full.values()) < lopend:
            continue
        if ref.grouped_cells(full, m, per_soort=True, trial_bound=trial_bound) != set(hidden):
            continue
        for s, v in zip(hidden, vec):
            poss[s].add(v)
    return poss


def attack_year(entry_q, entry_d, m: int, telt: bool, universe_afd, tr, label: str) -> list:
    """Findings for one year's published figures (quotum and duurzaamheid objects or reeks entries)."""
    found = []
    if entry_q is None or entry_d is None:
        return found
    qd = entry_q.get("detail") or {}
    dd = entry_d.get("detail") or {}
    qp = entry_q.get("personen")

    def report(kind, breakdown, name, value, truth_value):
        right = value is None or truth_value == value or (
            isinstance(value, list) and truth_value in value)
        ok = "klopt met de werkelijkheid" if right else f"AANVALLER FOUT: werkelijk {truth_value}"
        found.append(f"{label}: {kind} {breakdown}[{name!r}] = {value} ({ok})")

    for key, universe in (("per_afdeling", universe_afd), ("per_doelgroep", DOELGROEPEN)):
        cells = qd.get(key)
        if cells is None:
            continue
        for name, c in cells.items():
            if c.get("personen") is None:
                report("cel zonder aantal genoemd:", key, name, None, tr[key].get(name, 0))
            elif 1 <= c["personen"] <= m - 1:
                report("kleine cel getoond:", key, name, c["personen"], tr[key].get(name, 0))
        shown = {n: c["personen"] for n, c in cells.items() if c.get("personen") is not None}
        ov = qd.get(key + "_overig")
        ov = ov["personen"] if isinstance(ov, dict) else None
        universe_all = sorted(set(universe) | set(shown))
        poss = solve_symmetric(universe_all, shown, ov, m, qp if qp is not None else 10 ** 6)
        if poss is None:
            continue
        for name, vals in poss.items():
            t = tr[key].get(name, 0)
            if len(vals) == 1 and min(vals) >= 1:
                report("aantal herleid:", key, name, min(vals), t)
            elif vals and all(1 <= v <= m - 1 for v in vals):
                report("kleine groep benoemd:", key, name, sorted(vals), t)

    soort = dd.get("per_soort")
    lopend = dd.get("personen_lopend")
    if soort is not None and lopend is not None:
        for name, c in soort.items():
            if c is None:
                report("cel zonder aantal genoemd:", "per_soort", name, None, tr["per_soort"][name])
            elif 1 <= c <= m - 1:
                report("kleine cel getoond:", "per_soort", name, c, tr["per_soort"][name])
        vast_known = None
        w = entry_d.get("waarde")
        if w is not None and lopend:
            vast_known = round(w * lopend / 100)
            if "vast" not in soort and 1 <= vast_known <= m - 1:
                report("aandeel vast × lopend:", "per_soort", "vast", vast_known, tr["per_soort"]["vast"])
        if dd.get("gemiddelde_uren_per_week") is not None and lopend < m:
            found.append(f"{label}: gemiddelde uren getoond bij {lopend} lopende personen")
        poss = solve_soort({k: v for k, v in soort.items() if v is not None}, dd.get("per_soort_overig"),
                           m, lopend, qp, telt, vast_known)
        for name, vals in (poss or {}).items():
            t = tr["per_soort"][name]
            if len(vals) == 1 and min(vals) >= 1:
                report("aantal herleid:", "per_soort", name, min(vals), t)
            # a soort known to be small is not a finding: §5 protects the count of a small group
            # and the names of departments and target groups, and the four soorten are public

    bf = qd.get("bovenformatief")
    if isinstance(bf, dict) and bf.get("personen") is not None and qp is not None:
        n = bf["personen"]
        if 1 <= n <= m - 1 or (n > 0 and 1 <= qp - n <= m - 1):
            found.append(f"{label}: bovenformatief {n} van {qp} laat een kleine groep zien")
    bh = dd.get("behoud")
    if isinstance(bh, dict) and bh.get("behouden") is not None:
        i, b = bh["instroom"], bh["behouden"]
        if any(1 <= x <= m - 1 for x in (i, b, i - b)):
            found.append(f"{label}: behoud {b} van {i} laat een kleine groep zien")
    return found


def attack(published: dict, ds, year: int, label: str) -> list:
    """Attacks one published JSON (selected year `year`), every year in it on its own."""
    m = ds.min_cel
    telt = ds.normen["proefplaatsing_telt_mee"]
    universe = departments(ds)
    params = published.get("parameters", {})
    q, d = params.get("quotum", {}), params.get("duurzaamheid", {})
    found = []
    entries = {e["jaar"]: [e, None] for e in q.get("reeks") or []}
    for e in d.get("reeks") or []:
        entries.setdefault(e["jaar"], [None, None])[1] = e
    if year not in entries:
        entries[year] = [q, d]
    for y, (eq, ed) in sorted(entries.items()):
        if ref.period(ds, y) is None:
            continue
        found += attack_year(eq, ed, m, telt, universe, truth(ds, y), f"{label} jaar {y}")
    return sorted(set(found))


# --------------------------------------------------------------------------------------------
# Main


def run_one(folder: str, args, name: str) -> tuple[int, int, list]:
    """(differences, findings, messages) for one dataset."""
    msgs = []
    try:
        ds, refs = reference(folder)
    except RuntimeError as e:
        return 1, 0, [f"{name}: the reference refuses the dataset:\n{e}"]
    ndiff = 0
    nfound = 0
    refused = False
    for y, expected in refs.items():
        published = expected
        if args.swift and not refused:
            actual, err = swift(args.swift, folder, y)
            if err:
                ndiff += 1
                msgs.append(f"{name} --jaar {y}: swift {err}")
                refused = True   # the same refusal for every year: said once
                continue
            diffs: list = []
            compare(actual, expected, "", diffs, args.ignore_warnings)
            if args.only:
                diffs = [d for d in diffs if any(k in d.split(":")[0] for k in args.only)]
            if diffs:
                ndiff += len(diffs)
                msgs.append(f"{name} --jaar {y}: {len(diffs)} verschillen\n  " + "\n  ".join(diffs[:args.show]))
            published = actual
        if args.attack:
            f = attack(published, ds, y, f"{name} (--jaar {y})")
            nfound += len(f)
            msgs += f
    return ndiff, nfound, msgs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--swift", metavar="PATH", help="the raadsdashboard binary to compare")
    ap.add_argument("--data", metavar="DIR", action="append",
                    help="run on this dataset instead of generated ones (repeatable)")
    ap.add_argument("--count", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", metavar="DIR", help="keep the generated datasets in DIR")
    ap.add_argument("--attack", action="store_true", help="run the privacy attacker")
    ap.add_argument("--ignore-warnings", action="store_true")
    ap.add_argument("--compat", action="store_true",
                    help="generate no v1.2-only inputs (waar/onwaar, decomposed Unicode, PSO "
                         "korting), to compare with a binary that predates them")
    ap.add_argument("--only", metavar="KEY", action="append",
                    help="compare only paths containing KEY (repeatable), e.g. --only quotum.banen")
    ap.add_argument("--show", type=int, default=8, help="differences shown per dataset and year")
    ap.add_argument("--max-report", type=int, default=40, help="datasets reported in full")
    args = ap.parse_args(argv)
    global COMPAT
    COMPAT = args.compat
    if not args.swift and not args.attack:
        ap.error("give --swift PATH, --attack or both")
    if args.swift and not os.access(args.swift, os.X_OK):
        ap.error(f"--swift {args.swift}: not an executable")
    t0 = time.time()
    total_diff = total_found = bad = 0
    if args.data:
        jobs = [(d, os.path.basename(os.path.normpath(d))) for d in args.data]
        tmp = None
    else:
        tmp = args.keep or tempfile.mkdtemp(prefix="raads-diff-")
        os.makedirs(tmp, exist_ok=True)
        rng = random.Random(args.seed)
        jobs = []
        for i in range(args.count):
            folder = os.path.join(tmp, f"ds{i:04d}")
            if os.path.isdir(folder):
                shutil.rmtree(folder)
            generate(folder, random.Random(rng.getrandbits(64)))
            jobs.append((folder, f"ds{i:04d}"))
    for folder, name in jobs:
        nd, nf, msgs = run_one(folder, args, name)
        total_diff += nd
        total_found += nf
        if msgs:
            bad += 1
            if bad <= args.max_report:
                print("\n".join(msgs))
    if tmp and not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"{len(jobs)} datasets, {total_diff} verschillen, {total_found} herleide cellen "
          f"({time.time() - t0:.1f} s)" + (f"; datasets in {tmp}" if args.keep else ""))
    return 1 if (total_diff or total_found) else 0


if __name__ == "__main__":
    sys.exit(main())
