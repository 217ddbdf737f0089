#!/usr/bin/env python3
"""Reference implementation of the Raadsdashboard data contract (v1.2), Python 3 stdlib only.

Usage:
    python3 Scripts/reference_summary.py DIR [--jaar Y]
    python3 Scripts/reference_summary.py DIR --golden OUTDIR   # write <OUTDIR>/<dir-name>-<Y>.json
                                                               # for every year of the dataset

It reads a dataset folder as the data contract v1.2 (§1-§2) describes, computes §3/§4 and prints the
§5 JSON summary (pretty-printed, sorted keys). It is written independently of the Swift code, to
produce golden files for the Swift tests. It is not the validator: it does detect the errors it
needs to avoid computing on bad data (and then prints them to stderr and exits 1), but its messages
are not the product's messages. `waarschuwingen` holds its own warning strings; compare them
loosely (the Swift wording may differ).

Choices where the contract is silent or ambiguous (most literal reading taken):

 1. Delimiter detection looks at the header *record* (the first record, which may span physical
    lines when a quoted header name holds a newline).
 2. "Lines that hold only spaces and delimiters" are judged on the raw record text: a record made
    only of spaces, tabs and the delimiter is skipped. A record such as `"";""` is not skipped
    (it holds quotes); its fields are then simply empty.
 3. A quote opens a quoted field only as the first non-blank character of a field; a quote in the
    middle of an unquoted field is a literal character; text after a closing quote is appended.
    A CRLF inside a quoted field becomes LF.
 4. Numbers never carry a sign in v1 (the contract says no negatives make sense), so `-` is an
    error. In a `;` file `,5` (no digit before the comma) is an error; so is `1.5` / `25.5`.
 5. `afdeling`, `persoon`, `woonplaats`, `arbeidsmarktregio` are compared after trimming; afdeling
    and persoon case-sensitively (breakdown names are the trimmed text), arbeidsmarktregio
    case-insensitively (as the contract says).
 6. quotum: when both plaatsingen.csv and doelen.csv are missing, `reden` is the plaatsingen reason.
    When only doelen.csv is missing, the value is given in banen, status onbekend, and `reden` is
    null (v1.2: `reden` only for a missing value). When doelen.csv is present but has no target
    for the year, `reden` is null and the status is onbekend.
 7. quotum `reeks`: `[]` when plaatsingen.csv is missing (targets alone do not make a series).
 8. quotum value without a target: `eenheid` = "banen", `doel` and `vastgesteld_door` null.
 9. A selected year before the parameter's first year with data gives every numeric key null,
    every `detail` key null and status `onbekend` (also for informatievoorziening, whose
    "achter in a year without reports" applies only from the first year with data on).
    A file present with no rows has no first year: counts/sums 0, percentages null, reeks [].
10. fonds_bovenformatief (v1.2): `begroot`/`besteed` are null without a counted row of that soort
    (also a present but empty budget.csv: the explicit rule for the post wins over the empty-file
    rule). `reden`: budget.csv missing or no counted begroting row → "geen begroting voor het
    bovenformatief fonds aangeleverd"; begroting but no counted uitgave → "geen uitgaven uit het
    bovenformatief fonds aangeleverd"; else null (also when begroot is 0: benutting_pct is then
    null, but the data were delivered). Rows with `jaar` after the peildatum's year never count,
    even an uitgave dated earlier.
11. fonds `posten`: an uitgave is booked in its `jaar` column (the datum only decides whether it
    is ignored). Ignored rows (uitgave dated after the peildatum) are removed first, so a year whose
    only rows are ignored does not appear. Each year shows both keys, null when it has no counted
    row of that soort (v1.2). Post names are lower-cased identifiers. `posten` is shown whatever
    the selected year.
12. SROI: a prestatie dated after the peildatum is dropped everywhere (value, registration).
    A contract awarded after the peildatum is in no cohort and in no count. `gerealiseerd` of a
    prestatie whose bouwblok is unknown cannot occur in valid data. verplichting 0 → realisatie_pct
    null; likewise `realisatie_afgerond_pct` when the ended contracts' verplichting sums to 0
    (status then onbekend). `waarde` stays `realisatie_pct` (the status is on the afgerond one). A plichtig contract whose status is voldaan while still running is not `afgelopen`, so
    it does not count in `voldaan` of sroi_naleving (it does in `per_status`).
13. SROI first year with data: the earliest cohort (gunningsdatum ≤ peildatum).
14. regio: a missing regio.csv is reported before a missing arbeidsmarktregio. `per_sector` lists
    only the sectors that have rows that year; a sector figure is null when one of its rows lacks
    it. A year of the series without rows for the region: value, target null, per_sector {}.
    Years after the peildatum's year are not in the series (rows for them are not used).
15. informatievoorziening `overige`: reports of other soorten in jaargang Y in date order (file
    order for the same datum), with exactly the four keys the contract names. The status needs no target.
16. Percentages and every ratio are unrounded; integral floats are printed as JSON integers.
17. duurzaamheid: the "running" test on the last day D of P(Y) is start ≤ D and (no einde or
    einde ≥ D). `waarde` and `gemiddelde_uren_per_week` are null when personen_lopend <
    min_celgrootte (also when it is 0).
    `doorstroom`: the new placement may be any later placement of the same persoon; 0 days
    (start on the einde day) counts, 31 counts, 32 does not; its start must be ≤ peildatum.
18. Disclosure control (§5 Privacy, v1.2), per breakdown and per year: steps 1-4 as written.
    Step 4 repeats "all shown cells at the lowest count join" (in per_soort among the soorten
    other than vast, vast only when it is the last one left); the first join is unconditional,
    later ones happen while S < m, or, in per_soort with proefplaatsing in the group and
    proefplaatsing_telt_mee false, while S − max(0, personen_lopend − quotum.personen) < m
    (re-evaluated after every join, so the trial rule also applies when proefplaatsing joined in
    step 4). quotum.personen is the selected year's count (counted placements overlapping P(Y)).
    A quotum cell with 0 persons cannot occur (cells are the names that occur).
19. Extra keys: top-level `periode` {van, tot, gedeeltelijk}; dataset `arbeidsmarktregio`, `bron`;
    every parameter with a series has `gedeeltelijk_jaar`; quotum `proefplaatsing_telt_mee`;
    fonds/sroi_realisatie/sroi_naleving carry `waarde` (= their percentage; the implicit target
    is 100 % and is not printed, so that every numeric key is null when the file is missing);
    duurzaamheid `doel` null; sroi_realisatie `niet_plichtig_gerealiseerd` (value of the cohort's
    prestaties on non-plichtig contracts, listed not summed in the main figures).
20. quotum: an empty (header-only) plaatsingen.csv next to targets gives a series over the target
    years with 0 banen/fte/personen ("with the file present, a year without placements is 0"; the
    first year with data includes target years). `detail` cells always give `banen`, whatever the
    target's unit. duurzaamheid counts proefplaatsingen whatever proefplaatsing_telt_mee says.
21. Identifiers (`post`, `kengetal`) are lower-cased, so `Jobcoaching` and `jobcoaching` are one
    post. `fonds` (begroot/besteed/posten) does not depend on the selected year.
22. A header with the same column name twice is treated as an error here (the contract is silent).
23. `waarschuwingen`: unknown .csv files, unknown columns, unknown dataset.toml keys, doelen rows
    with another indicator, plichtig contracts with unknown loonsom (all plichtig contracts, also
    one awarded after the peildatum), in the form `file:line:column: warning: message`.
24. NFC: every CSV header name and field is NFC-normalised after trimming, before anything else
    (so breakdown names are printed in NFC); `arbeidsmarktregio` too. Woonplaatsen (toml lists and
    the `woonplaats` column) are compared after trim + NFC + lower-case (Python str.lower()).
25. Placements whose start lies after the peildatum are dropped before every figure: quotum,
    duurzaamheid, their first years, breakdown names, retention's first start, bovenformatief.
    A placement starting on the peildatum counts.
26. Numbers: |value| > 10^12 is an error; exactly 10^12 is accepted. Whole numbers in
    dataset.toml (`min_celgrootte`, `registratie_termijn_dagen`) accept a float with zero fraction.
27. Retention: "running on day D" as in 17 (einde inclusive); first start is over the placements
    kept by 25 (any soort, proefplaatsing included); D = first start + 365 calendar days (across a
    29 February that is one day short of the same date a year later). The suppression tests
    instroom, behouden and instroom − behouden against 1 … m−1; instroom is always shown.
28. bovenformatief: over the counted placements (quotum's rule for proefplaatsing); `banen` is
    their uren over P(Y) / urennorm; personen 0 gives {"personen": 0, "banen": 0}.
29. SROI `detail` (v1.2): over the cohort's plichtig contracts and their prestaties dated ≤
    peildatum. per_procedure/afdeling/gemeente names are the (trimmed, NFC) text, case-sensitive
    (two spellings make two names); empty → "onbekend". A cohort without plichtig contracts gives
    per_hoofdonderdeel/per_woonplaats with 0s and {} for the name breakdowns. `doelmatigheid`
    counts verified prestaties dated in P(Y) on any plichtig contract, also one awarded after the
    peildatum; `kosten_team` = counted `uitgave` rows of post social_return_team whose `jaar` is Y
    (null without budget.csv or without such a row); the ratio is null when the cost is null or 0.
    Like every detail key, the whole `detail` is null before the SROI first year.
30. PSO: the korting is the `[normen.pso_korting]` share of the contract's level (0 when the level
    has no key); it lowers verplichting, hence also the status voldaan test and the capped sums.
31. informatievoorziening `met_budget` counts rapportage_sociaal_domein reports with budget = ja
    (like the other counts); the status needs all three of banenafspraak_cijfers, sroi_cijfers and
    met_budget > 0 for op_koers, none for achter.
32. A file that could not be read (0 bytes, invalid UTF-8, a forbidden or missing required
    column) adds no rows and references into it (contract_id, bouwblok) are not checked.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tomllib
import unicodedata

# --------------------------------------------------------------------------------------------
# Constants

TITELS = {
    "quotum": "Quotum banenafspraak",
    "duurzaamheid": "Duurzaamheid van de banen",
    "fonds_bovenformatief": "Gebruik bovenformatief fonds",
    "sroi_realisatie": "SROI-realisatie",
    "sroi_naleving": "SROI-naleving",
    "regio_garantiebanen": "Garantiebanen in de regio",
    "informatievoorziening": "Informatie aan de raad",
}

REDEN = {
    "plaatsingen": "geen plaatsingen aangeleverd",
    "doelen": "geen doelen aangeleverd",
    "fonds": "geen begroting voor het bovenformatief fonds aangeleverd",
    "fonds_uitgave": "geen uitgaven uit het bovenformatief fonds aangeleverd",
    "contracten": "geen inkoopregister aangeleverd",
    "regio": "geen regiocijfers aangeleverd",
    "regio_naam": "geen arbeidsmarktregio in dataset.toml",
    "rapportages": "geen rapportages aangeleverd",
}

SOORTEN_PLAATSING = ["proefplaatsing", "tijdelijk", "vast", "detachering"]
STATUSSEN_CONTRACT = [
    "niet_plichtig", "ontheffing", "voldaan_sebo", "voldaan",
    "geen_registratie", "niet_voldaan", "loopt",
]

NORM_DEFAULTS = {
    "urennorm": 25.5,
    "fte_uren": 36.0,
    "sroi_percentage": 5.0,
    "sroi_percentage_laag": 2.0,
    "loonsom_drempel": 0.30,
    "sebo_telt_als_voldaan": True,
    "registratie_termijn_dagen": 90,
    "proefplaatsing_telt_mee": False,
}

PRIVACY_COLUMNS = {"bsn", "naam", "voornaam", "achternaam", "geboortedatum", "adres",
                   "postcode", "email", "telefoon"}

# Column specs: name -> (required, type, options)
# types: text, id, ident, enum, year, number, amount, date, bool
SCHEMAS = {
    "doelen.csv": {
        "jaar": (True, "year", {}),
        "indicator": (True, "ident", {}),
        "doel": (True, "number", {"min": 0}),
        "eenheid": (True, "enum", {"values": ["banen", "fte", "personen"]}),
        "vastgesteld_door": (True, "enum", {"values": ["ambtelijk", "college", "raad"]}),
        "bron": (False, "text", {}),
        "toelichting": (False, "text", {}),
    },
    "plaatsingen.csv": {
        "plaatsing_id": (True, "id", {"unique": True}),
        "persoon": (True, "id", {}),
        "afdeling": (True, "text", {}),
        "soort": (True, "enum", {"values": SOORTEN_PLAATSING}),
        "start": (True, "date", {}),
        "einde": (False, "date", {}),
        "uren_per_week": (True, "number", {"gt": 0, "max": 60}),
        "bovenformatief": (False, "bool", {"default": False}),
        "doelgroep": (False, "enum",
                      {"values": ["wajong", "wsw", "participatiewet", "doelgroepregister"]}),
    },
    "budget.csv": {
        "jaar": (True, "year", {}),
        "post": (True, "ident", {}),
        "soort": (True, "enum", {"values": ["begroting", "uitgave"]}),
        "bedrag": (True, "amount", {"min": 0}),
        "omschrijving": (False, "text", {}),
        "datum": (False, "date", {}),
    },
    "contracten.csv": {
        "contract_id": (True, "id", {"unique": True}),
        "omschrijving": (False, "text", {}),
        "afdeling": (False, "text", {}),
        "opdrachtnemer": (False, "text", {}),
        "gemeente": (False, "text", {}),
        "procedure": (True, "enum", {"values": ["enkelvoudig_onderhands", "meervoudig_onderhands",
                                                "nationaal", "europees"]}),
        "categorie": (True, "enum", {"values": ["werken", "diensten", "leveringen"]}),
        "gunningsdatum": (True, "date", {}),
        "einddatum": (False, "date", {}),
        "aanneemsom": (True, "amount", {"gt": 0}),
        "loonsom": (False, "amount", {"min": 0}),
        "sebo_keurmerk": (False, "bool", {"default": False}),
        "ontheffing": (False, "bool", {"default": False}),
        "extra_percentage": (False, "number", {"min": 0, "default": 0.0}),
        "pso_trede": (False, "enum", {"values": ["aspirant", "1", "2", "3"]}),
    },
    "bouwblokken.csv": {
        "code": (True, "id", {"unique": True}),
        "omschrijving": (True, "text", {}),
        "hoofdonderdeel": (True, "enum", {"values": ["banen", "ontwikkeling", "maatschappelijk"]}),
        "eenheid": (True, "enum", {"values": ["jaar", "maand", "uur", "stuk", "euro"]}),
        "waarde": (True, "amount", {"min": 0}),
    },
    "sroi_prestaties.csv": {
        "prestatie_id": (True, "id", {"unique": True}),
        "contract_id": (True, "id", {}),
        "bouwblok": (True, "id", {}),
        "datum": (True, "date", {}),
        "aantal": (True, "number", {"gt": 0}),
        "geverifieerd": (False, "bool", {"default": False}),
        "woonplaats": (False, "text", {}),
    },
    "rapportages.csv": {
        "rapportage_id": (True, "id", {"unique": True}),
        "titel": (True, "text", {}),
        "datum": (True, "date", {}),
        "jaargang": (True, "year", {}),
        "soort": (False, "enum", {"values": ["rapportage_sociaal_domein", "jaarstukken",
                                             "raadsinformatiebrief", "overig"],
                                  "default": "rapportage_sociaal_domein"}),
        "banenafspraak": (True, "enum", {"values": ["geen", "kwalitatief", "cijfers"]}),
        "sroi": (True, "enum", {"values": ["geen", "kwalitatief", "cijfers"]}),
        "budget": (False, "bool", {"default": False}),
    },
    "regio.csv": {
        "arbeidsmarktregio": (True, "text", {}),
        "jaar": (True, "year", {}),
        "sector": (True, "enum", {"values": ["markt", "overheid"]}),
        "doel": (False, "number", {"min": 0}),
        "gerealiseerd": (False, "number", {"min": 0}),
        "bron": (False, "text", {}),
    },
    "kengetallen.csv": {
        "datum": (True, "date", {}),
        "kengetal": (True, "ident", {}),
        "waarde": (True, "number", {}),
        "eenheid": (False, "text", {}),
        "bron": (False, "text", {}),
    },
}


# --------------------------------------------------------------------------------------------
# Diagnostics

class Diagnostics:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, file: str, line: int, col: int, msg: str) -> None:
        self.errors.append(f"{file}:{line}:{col}: error: {msg}")

    def warning(self, file: str, line: int, col: int, msg: str) -> None:
        self.warnings.append(f"{file}:{line}:{col}: warning: {msg}")


class ValueProblem(Exception):
    pass


# --------------------------------------------------------------------------------------------
# CSV reading (§1)

def detect_delimiter(text: str) -> str:
    """`;` when the header record holds a `;` outside quotes, else `,`."""
    in_quotes = False
    field_start = True
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if in_quotes:
            if c == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 2
                    continue
                in_quotes = False
        else:
            if c == '"' and field_start:
                in_quotes = True
                field_start = False
            elif c == ';':
                return ';'
            elif c == ',':
                field_start = True
            elif c == '\n':
                return ','
            elif c in ' \t':
                pass
            else:
                field_start = False
        i += 1
    return ','


def parse_records(text: str, delim: str):
    """RFC 4180 records. Yields (start_line, fields, raw_text)."""
    records = []
    i = 0
    n = len(text)
    line = 1
    while i < n:
        start_line = line
        start_i = i
        fields: list[str] = []
        buf: list[str] = []
        in_quotes = False
        was_quoted = False
        ended = False
        while i < n:
            c = text[i]
            if in_quotes:
                if c == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        buf.append('"')
                        i += 2
                        continue
                    in_quotes = False
                    i += 1
                    continue
                if c == '\r' and i + 1 < n and text[i + 1] == '\n':
                    buf.append('\n')
                    line += 1
                    i += 2
                    continue
                if c == '\n':
                    line += 1
                buf.append(c)
                i += 1
                continue
            if c == '"' and not was_quoted and ''.join(buf).strip(' \t') == '':
                buf = []
                in_quotes = True
                was_quoted = True
                i += 1
                continue
            if c == delim:
                fields.append(''.join(buf))
                buf = []
                was_quoted = False
                i += 1
                continue
            if c == '\n' or (c == '\r' and i + 1 < n and text[i + 1] == '\n'):
                raw_end = i
                i += 2 if c == '\r' else 1
                line += 1
                fields.append(''.join(buf))
                ended = True
                records.append((start_line, fields, text[start_i:raw_end]))
                break
            buf.append(c)
            i += 1
        if not ended:
            fields.append(''.join(buf))
            records.append((start_line, fields, text[start_i:i]))
    return records


def is_blank_record(raw: str, delim: str) -> bool:
    return all(ch in (' ', '\t', delim) for ch in raw)


NUM_SEMI = re.compile(r'^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$')
NUM_COMMA = re.compile(r'^\d+(\.\d+)?$')
DATE_ISO = re.compile(r'^(\d{4})-(\d{2})-(\d{2})$')
DATE_NL = re.compile(r'^(\d{1,2})-(\d{1,2})-(\d{4})$')
IDENT = re.compile(r'^[A-Za-z0-9_]+$')
BOOLS = {"ja": True, "nee": False, "j": True, "n": False, "true": True, "false": False,
         "yes": True, "no": False, "waar": True, "onwaar": False, "1": True, "0": False}
LIMIT = 1e12


def parse_number(s: str, delim: str, amount: bool) -> float:
    t = s
    if amount:
        t = re.sub(r'^€\s*', '', t)
    if delim == ';':
        if not NUM_SEMI.match(t):
            raise ValueProblem(f'expected a number with decimal comma, got "{s}"')
        v = float(t.replace('.', '').replace(',', '.'))
    else:
        if not NUM_COMMA.match(t):
            raise ValueProblem(f'expected a number with decimal point, got "{s}"')
        v = float(t)
    if abs(v) > LIMIT:
        raise ValueProblem(f'buiten bereik (at most 10^12), got "{s}"')
    return v


def parse_year(s: str) -> int:
    if not re.fullmatch(r'\d+', s):
        raise ValueProblem(f'expected a year, got "{s}"')
    y = int(s)
    if not 1900 <= y <= 2100:
        raise ValueProblem(f'expected a year from 1900 to 2100, got "{s}"')
    return y


def parse_date(s: str) -> dt.date:
    m = DATE_ISO.match(s)
    try:
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        m = DATE_NL.match(s)
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        raise ValueProblem(f'impossible date "{s}"')
    raise ValueProblem(f'expected a date YYYY-MM-DD or D-M-YYYY, got "{s}"')


def parse_bool(s: str) -> bool:
    v = BOOLS.get(s.lower())
    if v is None:
        raise ValueProblem(f'expected ja/nee, got "{s}"')
    return v


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def bsn_like(s: str) -> bool:
    if not re.fullmatch(r'\d{9}', s):
        return False
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(s, weights)) % 11 == 0


class Table:
    def __init__(self, name: str):
        self.name = name
        self.rows: list[dict] = []   # each row: {col: value, "_line": n, "_col": {col: pos}}
        self.failed = False          # could not be read (references into it are not checked)


def read_table(folder: str, name: str, diag: Diagnostics) -> Table | None:
    path = os.path.join(folder, name)
    if not os.path.isfile(path):
        return None
    with open(path, 'rb') as f:
        raw = f.read()
    table = Table(name)
    if len(raw) == 0:
        diag.error(name, 1, 1, "the file is empty; a header row is required")
        table.failed = True
        return table
    if raw.startswith(b'\xef\xbb\xbf'):
        raw = raw[3:]
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError:
        diag.error(name, 1, 1, 'invalid UTF-8; save as "CSV UTF-8"')
        table.failed = True
        return table
    delim = detect_delimiter(text)
    records = parse_records(text, delim)
    if not records:
        diag.error(name, 1, 1, "a header row is required")
        table.failed = True
        return table
    header_line, header_fields, _ = records[0]
    header = [nfc(h.strip()).lower() for h in header_fields]
    schema = SCHEMAS[name]
    for pos, h in enumerate(header, start=1):
        if h in PRIVACY_COLUMNS:
            diag.error(name, 1, pos, f"column '{h}' holds personal data and is not allowed")
            table.failed = True
            return table
    colpos = {}
    for pos, h in enumerate(header, start=1):
        if h == '':
            continue
        if h in colpos:
            diag.error(name, 1, pos, f"duplicate column '{h}'")
            continue
        colpos[h] = pos
        if h not in schema:
            diag.warning(name, 1, pos, f"unknown column '{h}' is ignored")
    for col, (req, _, _) in schema.items():
        if req and col not in colpos:
            diag.error(name, 1, 1, f"required column '{col}' is missing")
            table.failed = True
    if table.failed:
        return table
    seen_ids: dict[str, set] = {}
    for line, fields, rawtext in records[1:]:
        if is_blank_record(rawtext, delim):
            continue
        values = [nfc(f.strip()) for f in fields]
        for pos in range(len(header) + 1, len(values) + 1):
            if values[pos - 1] != '':
                diag.error(name, line, pos, f'extra field "{values[pos - 1]}" beyond the header')
        row: dict = {"_line": line, "_col": {}}
        for col, (req, typ, opt) in schema.items():
            pos = colpos.get(col)
            row["_col"][col] = pos or 1
            s = values[pos - 1] if pos is not None and pos - 1 < len(values) else ''
            if s == '':
                if req and pos is not None:
                    diag.error(name, line, pos, f"'{col}' is required but empty")
                row[col] = opt.get("default")
                continue
            try:
                v = convert(s, typ, opt, delim, col)
            except ValueProblem as e:
                diag.error(name, line, pos, f"'{col}': {e}")
                row[col] = None
                continue
            if opt.get("unique"):
                ids = seen_ids.setdefault(col, set())
                if v in ids:
                    diag.error(name, line, pos, f"duplicate {col} \"{v}\"")
                ids.add(v)
            if col == "persoon" and bsn_like(v):
                diag.error(name, line, pos, "'persoon' looks like a BSN (passes the eleven-test)")
            row[col] = v
        table.rows.append(row)
    return table


def convert(s: str, typ: str, opt: dict, delim: str, col: str):
    if typ in ("text", "id"):
        return s
    if typ == "ident":
        if not IDENT.match(s):
            raise ValueProblem(f'expected an identifier (letters, digits, _), got "{s}"')
        return s.lower()
    if typ == "enum":
        v = s.lower()
        if v not in opt["values"]:
            raise ValueProblem(f'expected one of {", ".join(opt["values"])}, got "{s}"')
        return v
    if typ == "year":
        return parse_year(s)
    if typ == "date":
        return parse_date(s)
    if typ == "bool":
        return parse_bool(s)
    if typ in ("number", "amount"):
        v = parse_number(s, delim, typ == "amount")
        if "min" in opt and v < opt["min"]:
            raise ValueProblem(f'expected a number ≥ {opt["min"]}, got "{s}"')
        if "gt" in opt and not v > opt["gt"]:
            raise ValueProblem(f'expected a number > {opt["gt"]}, got "{s}"')
        if "max" in opt and v > opt["max"]:
            raise ValueProblem(f'expected a number ≤ {opt["max"]}, got "{s}"')
        return v
    raise AssertionError(typ)


# --------------------------------------------------------------------------------------------
# Dataset (§2)

class Dataset:
    pass


PSO_KEYS = {"aspirant": "aspirant", "trede1": "1", "trede2": "2", "trede3": "3"}


def whole(val):
    """An integer, or a float with a zero fraction (`5.0`): a whole number (§2)."""
    if isinstance(val, bool):
        return None
    if isinstance(val, int):
        return val
    if isinstance(val, float) and val.is_integer():
        return int(val)
    return None


def place_key(s: str) -> str:
    """Woonplaatsen are matched case-insensitively after trimming and NFC (§2)."""
    return nfc(s.strip()).lower()


def toml_line(text: str, key: str) -> int:
    for i, ln in enumerate(text.splitlines(), start=1):
        if re.match(rf'^\s*{re.escape(key)}\s*=', ln):
            return i
    return 1


def load_dataset(folder: str, diag: Diagnostics) -> Dataset:
    ds = Dataset()
    tpath = os.path.join(folder, "dataset.toml")
    with open(tpath, 'rb') as f:
        raw = f.read()
    text = raw.decode('utf-8-sig')
    doc = tomllib.loads(text)
    for key in ("naam", "peildatum", "fictief"):
        if key not in doc:
            diag.error("dataset.toml", 1, 1, f"required key '{key}' is missing")
    ds.naam = doc.get("naam")
    if not isinstance(ds.naam, str) or not ds.naam.strip():
        diag.error("dataset.toml", toml_line(text, "naam"), 1, "'naam' must be a non-empty string")
    ds.peildatum = doc.get("peildatum")
    if not (isinstance(ds.peildatum, dt.date) and not isinstance(ds.peildatum, dt.datetime)):
        diag.error("dataset.toml", toml_line(text, "peildatum"), 1,
                   "'peildatum' must be a TOML local date")
    ds.fictief = doc.get("fictief")
    if not isinstance(ds.fictief, bool):
        diag.error("dataset.toml", toml_line(text, "fictief"), 1, "'fictief' must be a boolean")
    ds.regio = doc.get("arbeidsmarktregio")
    if ds.regio is not None and not isinstance(ds.regio, str):
        diag.error("dataset.toml", toml_line(text, "arbeidsmarktregio"), 1,
                   "'arbeidsmarktregio' must be a string")
    if isinstance(ds.regio, str):
        ds.regio = nfc(ds.regio.strip()) or None
    ds.bron = doc.get("bron")
    for key in doc:
        if key not in ("naam", "peildatum", "fictief", "arbeidsmarktregio", "bron", "normen",
                       "privacy", "sroi"):
            diag.warning("dataset.toml", toml_line(text, key), 1, f"unknown key '{key}'")
    normen = dict(NORM_DEFAULTS)
    normen["pso_korting"] = {}
    for key, val in (doc.get("normen") or {}).items():
        if key == "pso_korting":
            if not isinstance(val, dict):
                diag.error("dataset.toml", toml_line(text, key), 1, "'pso_korting' must be a table")
                continue
            for k, x in val.items():
                if k not in PSO_KEYS:
                    diag.warning("dataset.toml", toml_line(text, k), 1,
                                 f"unknown key 'normen.pso_korting.{k}'")
                elif isinstance(x, bool) or not isinstance(x, (int, float)) or not 0 <= x <= 1:
                    diag.error("dataset.toml", toml_line(text, k), 1,
                               f"'pso_korting.{k}' must be a share 0–1")
                else:
                    normen["pso_korting"][PSO_KEYS[k]] = float(x)
            continue
        if key not in NORM_DEFAULTS:
            diag.warning("dataset.toml", toml_line(text, key), 1, f"unknown key 'normen.{key}'")
            continue
        d = NORM_DEFAULTS[key]
        if isinstance(d, bool):
            if not isinstance(val, bool):
                diag.error("dataset.toml", toml_line(text, key), 1, f"'{key}' must be a boolean")
            normen[key] = val
        elif key == "registratie_termijn_dagen":
            val = whole(val)
            if val is None or not 0 <= val <= 3660:
                diag.error("dataset.toml", toml_line(text, key), 1,
                           f"'{key}' must be a whole number 0–3660")
                continue
            normen[key] = val
        else:
            if isinstance(val, bool) or not isinstance(val, (int, float)):
                diag.error("dataset.toml", toml_line(text, key), 1, f"'{key}' must be a number")
                continue
            val = float(val)
            ok = {
                "urennorm": 0 < val <= 168, "fte_uren": 0 < val <= 168,
                "sroi_percentage": 0 <= val <= 100, "sroi_percentage_laag": 0 <= val <= 100,
                "loonsom_drempel": 0 <= val <= 1,
            }[key]
            if not ok:
                diag.error("dataset.toml", toml_line(text, key), 1, f"'{key}' is out of range")
            normen[key] = val
    ds.normen = normen
    min_cel = 5
    for key, val in (doc.get("privacy") or {}).items():
        if key != "min_celgrootte":
            diag.warning("dataset.toml", toml_line(text, key), 1, f"unknown key 'privacy.{key}'")
            continue
        val = whole(val)
        if val is None or val < 1:
            diag.error("dataset.toml", toml_line(text, key), 1,
                       "'min_celgrootte' must be a whole number ≥ 1")
        else:
            min_cel = val
    ds.min_cel = min_cel
    ds.woonplaatsen_gemeente = None
    ds.woonplaatsen_regio = []
    for key, val in (doc.get("sroi") or {}).items():
        if key not in ("woonplaatsen_gemeente", "woonplaatsen_regio"):
            diag.warning("dataset.toml", toml_line(text, key), 1, f"unknown key 'sroi.{key}'")
            continue
        if not isinstance(val, list) or not all(isinstance(v, str) and v.strip() for v in val):
            diag.error("dataset.toml", toml_line(text, key), 1,
                       f"'sroi.{key}' must be a list of non-empty names")
            continue
        names = [place_key(v) for v in val]
        if key == "woonplaatsen_gemeente":
            ds.woonplaatsen_gemeente = names
        else:
            ds.woonplaatsen_regio = names

    for fn in sorted(os.listdir(folder)):
        if fn.lower().endswith('.csv') and fn not in SCHEMAS:
            diag.warning(fn, 1, 1, "unknown file is ignored")
    ds.tables = {name: read_table(folder, name, diag) for name in SCHEMAS}

    # references and cross-row rules
    doelen = ds.tables["doelen.csv"]
    if doelen is not None:
        seen = set()
        for r in doelen.rows:
            if r["indicator"] != "quotum_banenafspraak":
                diag.warning("doelen.csv", r["_line"], r["_col"]["indicator"],
                             f"indicator '{r['indicator']}' is not known and is ignored")
                continue
            if r["jaar"] in seen:
                diag.error("doelen.csv", r["_line"], r["_col"]["jaar"],
                           f"second quotum_banenafspraak target for {r['jaar']}")
            seen.add(r["jaar"])
    pl = ds.tables["plaatsingen.csv"]
    if pl is not None:
        for r in pl.rows:
            if r["einde"] and r["start"] and r["einde"] < r["start"]:
                diag.error("plaatsingen.csv", r["_line"], r["_col"]["einde"],
                           "'einde' lies before 'start'")
    bb = ds.tables["bouwblokken.csv"]
    if bb is not None:
        for r in bb.rows:
            if r["eenheid"] == "euro" and r["waarde"] is not None and r["waarde"] != 1:
                diag.error("bouwblokken.csv", r["_line"], r["_col"]["waarde"],
                           "'waarde' must be 1 when eenheid is euro")
    pr = ds.tables["sroi_prestaties.csv"]
    if pr is not None:
        ct = ds.tables["contracten.csv"]
        cids = {r["contract_id"] for r in (ct or Table("")).rows}
        codes = {r["code"] for r in (bb or Table("")).rows}
        for r in pr.rows:
            # references into a file that could not be read are not checked
            if r["contract_id"] not in cids and not (ct is not None and ct.failed):
                diag.error("sroi_prestaties.csv", r["_line"], r["_col"]["contract_id"],
                           f"contract_id \"{r['contract_id']}\" does not exist in contracten.csv")
            if r["bouwblok"] not in codes and not (bb is not None and bb.failed):
                diag.error("sroi_prestaties.csv", r["_line"], r["_col"]["bouwblok"],
                           f"bouwblok \"{r['bouwblok']}\" does not exist in bouwblokken.csv")
    return ds


# --------------------------------------------------------------------------------------------
# Helpers

def period(ds: Dataset, y: int):
    start = dt.date(y, 1, 1)
    end = min(dt.date(y, 12, 31), ds.peildatum)
    if end < start:
        return None
    return start, end


def days(a: dt.date, b: dt.date) -> int:
    return (b - a).days + 1


def overlap(start, einde, p) -> int:
    ps, pe = p
    s = max(start, ps)
    e = pe if einde is None else min(einde, pe)
    return max(0, days(s, e)) if e >= s else 0


def status(value, target) -> str:
    if value is None or target is None:
        return "onbekend"
    if value >= target:
        return "op_koers"
    if value >= 0.9 * target:
        return "risico"
    return "achter"


def pct(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b * 100


def placements(ds: Dataset):
    """The rows of plaatsingen.csv that count for anything: a placement whose start lies after
    the peildatum is ignored for every figure, the first year with data included (§3)."""
    pl = ds.tables["plaatsingen.csv"]
    if pl is None:
        return None
    return [r for r in pl.rows if r["start"] <= ds.peildatum]


def counted_placements(ds: Dataset):
    rows = placements(ds)
    if rows is None:
        return None
    return [r for r in rows if r["soort"] != "proefplaatsing" or ds.normen["proefplaatsing_telt_mee"]]


def quotum_persons(ds: Dataset, y: int) -> set:
    """Distinct persons of a counted placement overlapping P(Y) (`quotum.personen`)."""
    p = period(ds, y)
    return {r["persoon"] for r in counted_placements(ds) if overlap(r["start"], r["einde"], p) > 0}


def grouped_cells(counts: dict, m: int, per_soort: bool = False, trial_bound=None) -> set:
    """Disclosure control of one breakdown (§5 Privacy, steps 1-4): the names that go into the
    unnamed group `…_overig`; the empty set when no cell is small.

    counts: name -> distinct persons. per_soort: the four fixed soorten (0 joins, vast last).
    trial_bound: max(0, personen_lopend − quotum.personen) when trial placements do not count
    for the quota (the lower bound on the proefplaatsing cell every reader can compute), else None.
    """
    small = {k for k, c in counts.items() if 1 <= c <= m - 1}
    if not small:
        return set()
    group = set(small)
    if per_soort:
        group |= {k for k, c in counts.items() if c == 0}

    def bound() -> int:
        return trial_bound if (trial_bound is not None and "proefplaatsing" in group) else 0

    first = True
    while True:
        shown = [k for k in counts if k not in group]
        if not shown:
            break
        if not first and sum(counts[k] for k in group) - bound() >= m:
            break
        eligible = shown
        if per_soort:
            eligible = [k for k in shown if k != "vast"] or shown
        low = min(counts[k] for k in eligible)
        group |= {k for k in eligible if counts[k] == low}   # ties join together
        first = False
    return group


def protect(cells: dict, m: int):
    """quotum breakdowns: cells name -> {"personen", "banen"} -> (shown cells, overig or None)."""
    grouped = grouped_cells({k: c["personen"] for k, c in cells.items()}, m)
    shown = {k: c for k, c in cells.items() if k not in grouped}
    if not grouped:
        return shown, None
    members = [c for k, c in cells.items() if k in grouped]   # file order: reproducible sums
    return shown, {"personen": sum(c["personen"] for c in members),
                   "banen": sum(c["banen"] for c in members)}


def small(n, m) -> bool:
    return n is not None and 1 <= n <= m - 1


def make_reeks(builder, first, last):
    if first is None:
        return []
    reeks = []
    for y in range(first, last + 1):
        obj = builder(y)
        item = {k: v for k, v in obj.items() if k not in ("titel", "reden", "reeks")}
        item["jaar"] = y
        reeks.append(item)
    return reeks


def partial(ds, y) -> bool | None:
    p = period(ds, y)
    if p is None:
        return None
    return p[1] < dt.date(y, 12, 31)


# --------------------------------------------------------------------------------------------
# Parameters

def quotum(ds: Dataset, y: int) -> dict:
    n = ds.normen
    pl = ds.tables["plaatsingen.csv"]
    dl = ds.tables["doelen.csv"]
    out = {
        "titel": TITELS["quotum"], "reden": None, "waarde": None, "doel": None, "eenheid": None,
        "status": "onbekend", "banen": None, "fte": None, "personen": None,
        "vastgesteld_door": None, "proefplaatsing_telt_mee": n["proefplaatsing_telt_mee"],
        "gedeeltelijk_jaar": partial(ds, y),
        "detail": {"per_afdeling": None, "per_doelgroep": None, "per_afdeling_overig": None,
                   "per_doelgroep_overig": None, "bovenformatief": None},
    }
    target = None
    if dl is not None:
        for r in dl.rows:
            if r["indicator"] == "quotum_banenafspraak" and r["jaar"] == y:
                target = r
                break
    if target is not None:
        out["doel"] = target["doel"]
        out["eenheid"] = target["eenheid"]
        out["vastgesteld_door"] = target["vastgesteld_door"]
    if pl is None:
        out["reden"] = REDEN["plaatsingen"]
        return out
    first = quotum_first(ds)
    if first is not None and y < first:
        return out
    p = period(ds, y)
    uren = 0.0
    personen = set()
    afd: dict = {}
    dg: dict = {}
    bf = {"p": set(), "u": 0.0}
    for r in counted_placements(ds):
        ov = overlap(r["start"], r["einde"], p)
        if ov <= 0:
            continue
        u = r["uren_per_week"] * ov / days(*p)
        uren += u
        personen.add(r["persoon"])
        for cells, name in ((afd, r["afdeling"]), (dg, r["doelgroep"] or "onbekend")):
            c = cells.setdefault(name, {"p": set(), "u": 0.0})
            c["p"].add(r["persoon"])
            c["u"] += u
        if r["bovenformatief"]:
            bf["p"].add(r["persoon"])
            bf["u"] += u
    banen = uren / n["urennorm"]
    fte = uren / n["fte_uren"]
    out["banen"] = banen
    out["fte"] = fte
    out["personen"] = len(personen)

    def cells_of(d):
        return {k: {"personen": len(v["p"]), "banen": v["u"] / n["urennorm"]}
                for k, v in d.items()}
    m = ds.min_cel
    per_afdeling, afdeling_overig = protect(cells_of(afd), m)
    per_doelgroep, doelgroep_overig = protect(cells_of(dg), m)
    nb = len(bf["p"])
    if small(nb, m) or (nb > 0 and small(len(personen) - nb, m)):
        bovenformatief = {"personen": None, "banen": None}
    else:
        bovenformatief = {"personen": nb, "banen": bf["u"] / n["urennorm"]}
    out["detail"] = {
        "per_afdeling": per_afdeling, "per_afdeling_overig": afdeling_overig,
        "per_doelgroep": per_doelgroep, "per_doelgroep_overig": doelgroep_overig,
        "bovenformatief": bovenformatief,
    }
    if target is None:
        out["waarde"] = banen
        out["eenheid"] = "banen"
    else:
        out["waarde"] = {"banen": banen, "fte": fte, "personen": len(personen)}[target["eenheid"]]
        out["status"] = status(out["waarde"], out["doel"])
    return out


def quotum_first(ds):
    rows = placements(ds)
    dl = ds.tables["doelen.csv"]
    years = []
    if rows is not None:
        years += [r["start"].year for r in rows]
    if dl is not None:
        years += [r["jaar"] for r in dl.rows if r["indicator"] == "quotum_banenafspraak"]
    return min(years) if years else None


def duurzaamheid_first(ds):
    rows = placements(ds)
    if rows is None:
        return None
    return min((r["start"].year for r in rows), default=None)


def running_on(rows, d: dt.date):
    return [r for r in rows if r["start"] <= d and (r["einde"] is None or r["einde"] >= d)]


def duurzaamheid(ds: Dataset, y: int) -> dict:
    rows = placements(ds)
    out = {
        "titel": TITELS["duurzaamheid"], "reden": None, "waarde": None, "doel": None,
        "status": "onbekend", "gedeeltelijk_jaar": partial(ds, y),
        "detail": {"personen_lopend": None, "per_soort": None, "per_soort_overig": None,
                   "gemiddelde_uren_per_week": None, "doorstroom": None, "behoud": None},
    }
    if rows is None:
        out["reden"] = REDEN["plaatsingen"]
        return out
    first = duurzaamheid_first(ds)
    if first is not None and y < first:
        return out
    m = ds.min_cel
    p = period(ds, y)
    d = p[1]
    running = running_on(rows, d)
    lopend = {r["persoon"] for r in running}
    vast = {r["persoon"] for r in running if r["soort"] == "vast"}
    per_soort = {s: len({r["persoon"] for r in running if r["soort"] == s})
                 for s in SOORTEN_PLAATSING}
    trial_bound = None
    if not ds.normen["proefplaatsing_telt_mee"]:
        trial_bound = max(0, len(lopend) - len(quotum_persons(ds, y)))
    grouped = grouped_cells(per_soort, m, per_soort=True, trial_bound=trial_bound)
    shown = {s: c for s, c in per_soort.items() if s not in grouped}
    overig = sum(per_soort[s] for s in grouped) if grouped else None
    gem = None
    if running and len(lopend) >= m:
        gem = sum(r["uren_per_week"] for r in running) / len(running)
    doorstroom = set()
    for a in rows:
        if a["soort"] != "proefplaatsing" or a["einde"] is None:
            continue
        if not (p[0] <= a["einde"] <= p[1]):
            continue
        for b in rows:
            if b["persoon"] != a["persoon"] or b["soort"] not in ("tijdelijk", "vast"):
                continue
            gap = (b["start"] - a["einde"]).days
            if 0 <= gap <= 31 and b["start"] <= ds.peildatum:
                doorstroom.add(a["persoon"])
    # retention after one year
    first_start: dict = {}
    for r in rows:
        if r["persoon"] not in first_start or r["start"] < first_start[r["persoon"]]:
            first_start[r["persoon"]] = r["start"]
    instroom = set()
    behouden = set()
    for who, fs in first_start.items():
        after = fs + dt.timedelta(days=365)
        if p[0] <= fs <= p[1] and after <= ds.peildatum:
            instroom.add(who)
            if any(r["persoon"] == who for r in running_on(rows, after)):
                behouden.add(who)
    ni, nb = len(instroom), len(behouden)
    if small(ni, m) or small(nb, m) or small(ni - nb, m):
        behoud = {"instroom": ni, "behouden": None, "behoud_pct": None}
    else:
        behoud = {"instroom": ni, "behouden": nb, "behoud_pct": pct(nb, ni)}
    if len(lopend) >= m and "vast" not in grouped:
        out["waarde"] = len(vast) / len(lopend) * 100
    out["detail"] = {
        "personen_lopend": len(lopend),
        "per_soort": shown,
        "per_soort_overig": overig,
        "gemiddelde_uren_per_week": gem,
        "doorstroom": len(doorstroom),
        "behoud": behoud,
    }
    return out


def budget_counts(ds: Dataset, r) -> bool:
    """A budget row counts when its jaar is not after the peildatum's year and it is not an
    uitgave dated after the peildatum."""
    if r["jaar"] > ds.peildatum.year:
        return False
    if r["soort"] == "uitgave" and r["datum"] is not None and r["datum"] > ds.peildatum:
        return False
    return True


def sum_or_none(values):
    values = list(values)
    return sum(values) if values else None


def fonds(ds: Dataset, y: int) -> dict:
    bd = ds.tables["budget.csv"]
    out = {
        "titel": TITELS["fonds_bovenformatief"], "reden": None, "begroot": None, "besteed": None,
        "benutting_pct": None, "waarde": None, "status": "onbekend",
        "detail": {"posten": None},
    }
    if bd is None:
        out["reden"] = REDEN["fonds"]
        return out
    rows = [r for r in bd.rows if budget_counts(ds, r)]
    posten: dict = {}
    for r in rows:
        if r["post"] == "bovenformatief_fonds":
            continue
        posten.setdefault(r["post"], {}).setdefault(str(r["jaar"]), []).append(r)
    out["detail"] = {"posten": {
        post: {jaar: {soort: sum_or_none(r["bedrag"] for r in rs if r["soort"] == soort)
                      for soort in ("begroting", "uitgave")}
               for jaar, rs in years.items()}
        for post, years in posten.items()}}
    fund = [r for r in rows if r["post"] == "bovenformatief_fonds"]
    out["begroot"] = sum_or_none(r["bedrag"] for r in fund if r["soort"] == "begroting")
    out["besteed"] = sum_or_none(r["bedrag"] for r in fund if r["soort"] == "uitgave")
    out["benutting_pct"] = pct(out["besteed"], out["begroot"])
    out["waarde"] = out["benutting_pct"]
    out["status"] = status(out["benutting_pct"], 100)
    if out["begroot"] is None:
        out["reden"] = REDEN["fonds"]
    elif out["besteed"] is None:
        out["reden"] = REDEN["fonds_uitgave"]
    return out


class ContractEval:
    pass


def prestatie_value(bb: dict, p) -> float:
    b = bb.get(p["bouwblok"])
    return p["aantal"] * b["waarde"] if b else 0.0


def evaluate_contracts(ds: Dataset, diag: Diagnostics | None = None):
    n = ds.normen
    ct = ds.tables["contracten.csv"]
    if ct is None:
        return None
    bb = {r["code"]: r for r in (ds.tables["bouwblokken.csv"] or Table("")).rows}
    prest = [r for r in (ds.tables["sroi_prestaties.csv"] or Table("")).rows
             if r["datum"] <= ds.peildatum]
    result = []
    for c in ct.rows:
        e = ContractEval()
        e.row = c
        e.cohort = c["gunningsdatum"].year if c["gunningsdatum"] <= ds.peildatum else None
        mine = [p for p in prest if p["contract_id"] == c["contract_id"]]
        e.prestaties = mine
        e.gerealiseerd = sum(prestatie_value(bb, p) for p in mine)
        e.geverifieerd = sum(prestatie_value(bb, p) for p in mine if p["geverifieerd"])
        e.plichtig = False
        e.verplichting = None
        if c["categorie"] == "leveringen" or c["procedure"] == "enkelvoudig_onderhands":
            e.status = "niet_plichtig"
        elif c["ontheffing"]:
            e.status = "ontheffing"
        elif (c["procedure"] == "meervoudig_onderhands" and c["sebo_keurmerk"]
              and n["sebo_telt_als_voldaan"]):
            e.status = "voldaan_sebo"
        else:
            e.plichtig = True
            if c["loonsom"] is not None and c["loonsom"] < n["loonsom_drempel"] * c["aanneemsom"]:
                p_ = n["sroi_percentage_laag"]
            else:
                p_ = n["sroi_percentage"]
            p_ += c["extra_percentage"] or 0.0
            e.pct = p_
            korting = n["pso_korting"].get(c.get("pso_trede"), 0.0) if c.get("pso_trede") else 0.0
            e.verplichting = c["aanneemsom"] * p_ / 100 * (1 - korting)
            if c["loonsom"] is None and diag is not None:
                diag.warning("contracten.csv", c["_line"], c["_col"]["loonsom"],
                             f"loonsom onbekend bij plichtig contract {c['contract_id']}; "
                             f"de verplichting is berekend met {p_:g} %")
            termijn = c["gunningsdatum"] + dt.timedelta(days=n["registratie_termijn_dagen"])
            if e.gerealiseerd >= e.verplichting:
                e.status = "voldaan"
            elif not mine and termijn < ds.peildatum:
                e.status = "geen_registratie"
            elif c["einddatum"] is not None and c["einddatum"] < ds.peildatum:
                e.status = "niet_voldaan"
            else:
                e.status = "loopt"
        e.afgelopen = e.plichtig and c["einddatum"] is not None and c["einddatum"] < ds.peildatum
        result.append(e)
    return result


def sroi_first(evals):
    years = [e.cohort for e in evals if e.cohort is not None]
    return min(years) if years else None


def woonplaats_class(ds: Dataset, w) -> str:
    if w is None or w.strip() == "":
        return "onbekend"
    k = place_key(w)
    if k in ds.woonplaatsen_gemeente:
        return "gemeente"
    if k in ds.woonplaatsen_regio:
        return "regio"
    return "elders"


def sroi_detail(ds: Dataset, y: int, pl, evals) -> dict:
    bb = {r["code"]: r for r in (ds.tables["bouwblokken.csv"] or Table("")).rows}
    hoofd = {"banen": 0.0, "ontwikkeling": 0.0, "maatschappelijk": 0.0}
    woon = {"gemeente": 0.0, "regio": 0.0, "elders": 0.0, "onbekend": 0.0}
    by = {"procedure": {}, "afdeling": {}, "gemeente": {}}
    for e in pl:
        for p in e.prestaties:
            v = prestatie_value(bb, p)
            b = bb.get(p["bouwblok"])
            if b is not None:
                hoofd[b["hoofdonderdeel"]] += v
            if ds.woonplaatsen_gemeente is not None:
                woon[woonplaats_class(ds, p["woonplaats"])] += v
        for key in by:
            name = e.row[key] or "onbekend"
            cell = by[key].setdefault(name, {"verplichting": 0.0, "gerealiseerd": 0.0})
            cell["verplichting"] += e.verplichting
            cell["gerealiseerd"] += e.gerealiseerd
    p = period(ds, y)
    in_jaar = sum(prestatie_value(bb, x) for e in evals if e.plichtig for x in e.prestaties
                  if x["geverifieerd"] and p[0] <= x["datum"] <= p[1])
    kosten = None
    bd = ds.tables["budget.csv"]
    if bd is not None:
        kosten = sum_or_none(r["bedrag"] for r in bd.rows
                             if r["post"] == "social_return_team" and r["soort"] == "uitgave"
                             and r["jaar"] == y and budget_counts(ds, r))
    return {
        "per_hoofdonderdeel": hoofd,
        "per_woonplaats": woon if ds.woonplaatsen_gemeente is not None else None,
        "per_procedure": by["procedure"],
        "per_afdeling": by["afdeling"],
        "per_gemeente": by["gemeente"],
        "doelmatigheid": {"geverifieerd_in_jaar": in_jaar, "kosten_team": kosten,
                          "opbrengst_per_euro": (in_jaar / kosten) if kosten else None},
    }


def sroi_realisatie(ds: Dataset, y: int, evals) -> dict:
    out = {
        "titel": TITELS["sroi_realisatie"], "reden": None, "verplichting": None,
        "gerealiseerd": None, "gerealiseerd_begrensd": None, "geverifieerd": None,
        "niet_plichtig_gerealiseerd": None,
        "realisatie_pct": None, "realisatie_afgerond_pct": None, "waarde": None,
        "status": "onbekend", "gedeeltelijk_jaar": partial(ds, y),
        "detail": {k: None for k in ("per_hoofdonderdeel", "per_woonplaats", "per_procedure",
                                     "per_afdeling", "per_gemeente", "doelmatigheid")},
    }
    if evals is None:
        out["reden"] = REDEN["contracten"]
        return out
    first = sroi_first(evals)
    if first is not None and y < first:
        return out
    cohort = [e for e in evals if e.cohort == y]
    pl = [e for e in cohort if e.plichtig]
    af = [e for e in pl if e.afgelopen]
    out["verplichting"] = sum(e.verplichting for e in pl)
    out["gerealiseerd"] = sum(e.gerealiseerd for e in pl)
    out["gerealiseerd_begrensd"] = sum(min(e.gerealiseerd, e.verplichting) for e in pl)
    out["geverifieerd"] = sum(e.geverifieerd for e in pl)
    out["niet_plichtig_gerealiseerd"] = sum(e.gerealiseerd for e in cohort if not e.plichtig)
    if pl:
        out["realisatie_pct"] = pct(out["gerealiseerd_begrensd"], out["verplichting"])
    if af:
        out["realisatie_afgerond_pct"] = pct(sum(min(e.gerealiseerd, e.verplichting) for e in af),
                                             sum(e.verplichting for e in af))
    out["waarde"] = out["realisatie_pct"]
    out["status"] = status(out["realisatie_afgerond_pct"], 100)
    out["detail"] = sroi_detail(ds, y, pl, evals)
    return out


def sroi_naleving(ds: Dataset, y: int, evals) -> dict:
    out = {
        "titel": TITELS["sroi_naleving"], "reden": None, "contracten": None, "plichtig": None,
        "geregistreerd": None, "afgelopen": None, "voldaan": None, "registratie_pct": None,
        "nalevings_pct": None, "waarde": None, "status": "onbekend",
        "gedeeltelijk_jaar": partial(ds, y), "detail": {"per_status": None},
    }
    if evals is None:
        out["reden"] = REDEN["contracten"]
        return out
    first = sroi_first(evals)
    if first is not None and y < first:
        return out
    cohort = [e for e in evals if e.cohort == y]
    pl = [e for e in cohort if e.plichtig]
    af = [e for e in pl if e.afgelopen]
    out["contracten"] = len(cohort)
    out["plichtig"] = len(pl)
    out["geregistreerd"] = len([e for e in pl if e.prestaties])
    out["afgelopen"] = len(af)
    out["voldaan"] = len([e for e in af if e.status == "voldaan"])
    out["registratie_pct"] = pct(out["geregistreerd"], out["plichtig"])
    out["nalevings_pct"] = pct(out["voldaan"], out["afgelopen"])
    out["waarde"] = out["nalevings_pct"]
    out["status"] = status(out["nalevings_pct"], 100)
    out["detail"] = {"per_status": {s: len([e for e in cohort if e.status == s])
                                    for s in STATUSSEN_CONTRACT}}
    return out


def regio_rows(ds):
    rg = ds.tables["regio.csv"]
    if rg is None or ds.regio is None:
        return None
    want = ds.regio.strip().lower()
    return [r for r in rg.rows if r["arbeidsmarktregio"].strip().lower() == want]


def regio(ds: Dataset, y: int) -> dict:
    out = {
        "titel": TITELS["regio_garantiebanen"], "reden": None, "waarde": None, "doel": None,
        "status": "onbekend", "gedeeltelijk_jaar": partial(ds, y),
        "detail": {"per_sector": None},
    }
    if ds.tables["regio.csv"] is None:
        out["reden"] = REDEN["regio"]
        return out
    if ds.regio is None:
        out["reden"] = REDEN["regio_naam"]
        return out
    rows = regio_rows(ds)
    first = min((r["jaar"] for r in rows), default=None)
    if first is not None and y < first:
        return out
    yr = [r for r in rows if r["jaar"] == y]
    per_sector = {}
    for sector in ("markt", "overheid"):
        sr = [r for r in yr if r["sector"] == sector]
        if not sr:
            continue
        per_sector[sector] = {
            k: (sum(r[k] for r in sr) if all(r[k] is not None for r in sr) else None)
            for k in ("doel", "gerealiseerd")
        }
    out["detail"] = {"per_sector": per_sector}
    if yr:
        if all(r["gerealiseerd"] is not None for r in yr):
            out["waarde"] = sum(r["gerealiseerd"] for r in yr)
        if all(r["doel"] is not None for r in yr):
            out["doel"] = sum(r["doel"] for r in yr)
    out["status"] = status(out["waarde"], out["doel"])
    return out


def regio_first(ds):
    rows = regio_rows(ds)
    if rows is None:
        return None
    return min((r["jaar"] for r in rows), default=None)


def info(ds: Dataset, y: int) -> dict:
    rp = ds.tables["rapportages.csv"]
    py = ds.peildatum.year
    out = {
        "titel": TITELS["informatievoorziening"], "reden": None, "rapportages": None,
        "banenafspraak": None, "sroi": None, "banenafspraak_cijfers": None, "sroi_cijfers": None,
        "met_cijfers": None, "met_budget": None, "status": "onbekend",
        "gedeeltelijk_jaar": partial(ds, y),
        "detail": {"overige": None},
    }
    if rp is None:
        out["reden"] = REDEN["rapportages"]
        return out
    rows = [r for r in rp.rows if r["jaargang"] <= py]
    first = min((r["jaargang"] for r in rows), default=None)
    if first is not None and y < first:
        return out
    yr = [r for r in rows if r["jaargang"] == y]
    rsd = [r for r in yr if r["soort"] == "rapportage_sociaal_domein"]
    out["rapportages"] = len(rsd)
    out["banenafspraak"] = len([r for r in rsd if r["banenafspraak"] != "geen"])
    out["sroi"] = len([r for r in rsd if r["sroi"] != "geen"])
    out["banenafspraak_cijfers"] = len([r for r in rsd if r["banenafspraak"] == "cijfers"])
    out["sroi_cijfers"] = len([r for r in rsd if r["sroi"] == "cijfers"])
    out["met_cijfers"] = len([r for r in rsd
                              if r["banenafspraak"] == "cijfers" or r["sroi"] == "cijfers"])
    out["met_budget"] = len([r for r in rsd if r["budget"]])
    norm = [out["banenafspraak_cijfers"] > 0, out["sroi_cijfers"] > 0, out["met_budget"] > 0]
    out["status"] = "op_koers" if all(norm) else ("risico" if any(norm) else "achter")
    out["detail"] = {"overige": [
        {"rapportage_id": r["rapportage_id"], "soort": r["soort"],
         "banenafspraak": r["banenafspraak"], "sroi": r["sroi"]}
        for r in sorted(yr, key=lambda r: r["datum"]) if r["soort"] != "rapportage_sociaal_domein"]}
    return out


def info_first(ds):
    rp = ds.tables["rapportages.csv"]
    if rp is None:
        return None
    return min((r["jaargang"] for r in rp.rows if r["jaargang"] <= ds.peildatum.year),
               default=None)


# --------------------------------------------------------------------------------------------
# Summary (§5)

def summary(ds: Dataset, y: int, diag: Diagnostics) -> dict:
    py = ds.peildatum.year
    evals = evaluate_contracts(ds)
    pl = ds.tables["plaatsingen.csv"]
    params = {}

    q = quotum(ds, y)
    q["reeks"] = [] if pl is None else make_reeks(lambda k: quotum(ds, k), quotum_first(ds), py)
    params["quotum"] = q

    d = duurzaamheid(ds, y)
    d["reeks"] = make_reeks(lambda k: duurzaamheid(ds, k), duurzaamheid_first(ds), py)
    params["duurzaamheid"] = d

    params["fonds_bovenformatief"] = fonds(ds, y)

    s_first = sroi_first(evals) if evals is not None else None
    r = sroi_realisatie(ds, y, evals)
    r["reeks"] = make_reeks(lambda k: sroi_realisatie(ds, k, evals), s_first, py)
    params["sroi_realisatie"] = r
    nl = sroi_naleving(ds, y, evals)
    nl["reeks"] = make_reeks(lambda k: sroi_naleving(ds, k, evals), s_first, py)
    params["sroi_naleving"] = nl

    g = regio(ds, y)
    g["reeks"] = make_reeks(lambda k: regio(ds, k), regio_first(ds), py)
    params["regio_garantiebanen"] = g

    i = info(ds, y)
    i["reeks"] = make_reeks(lambda k: info(ds, k), info_first(ds), py)
    params["informatievoorziening"] = i

    p = period(ds, y)
    return {
        "dataset": {"naam": ds.naam, "peildatum": ds.peildatum.isoformat(),
                    "fictief": ds.fictief, "arbeidsmarktregio": ds.regio, "bron": ds.bron},
        "jaar": y,
        "periode": {"van": p[0].isoformat(), "tot": p[1].isoformat(),
                    "gedeeltelijk": p[1] < dt.date(y, 12, 31)},
        "parameters": params,
        "waarschuwingen": list(diag.warnings),
    }


def first_year_any(ds: Dataset) -> int:
    evals = evaluate_contracts(ds)
    cands = [quotum_first(ds), info_first(ds), regio_first(ds),
             sroi_first(evals) if evals is not None else None]
    cands.append(duurzaamheid_first(ds))
    cands = [c for c in cands if c is not None and c <= ds.peildatum.year]
    return min(cands) if cands else ds.peildatum.year


def normalise(o):
    if isinstance(o, float):
        return int(o) if o.is_integer() else o
    if isinstance(o, dict):
        return {k: normalise(v) for k, v in o.items()}
    if isinstance(o, list):
        return [normalise(v) for v in o]
    return o


def dumps(obj) -> str:
    return json.dumps(normalise(obj), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("--jaar", type=int)
    ap.add_argument("--golden", metavar="OUTDIR",
                    help="write OUTDIR/<dataset>-<year>.json for every year with data")
    args = ap.parse_args(argv)
    diag = Diagnostics()
    ds = load_dataset(args.dir, diag)
    if diag.errors:
        for e in diag.errors:
            print(e, file=sys.stderr)
        return 1
    evaluate_contracts(ds, diag)  # adds the unknown-loonsom warnings
    py = ds.peildatum.year
    if args.golden:
        name = os.path.basename(os.path.normpath(args.dir))
        os.makedirs(args.golden, exist_ok=True)
        for y in range(first_year_any(ds), py + 1):
            path = os.path.join(args.golden, f"{name}-{y}.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(dumps(summary(ds, y, diag)))
            print(path)
        return 0
    y = args.jaar if args.jaar is not None else py
    if y > py:
        print(f"--jaar {y} ligt na het jaar van de peildatum ({py})", file=sys.stderr)
        return 2
    sys.stdout.write(dumps(summary(ds, y, diag)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
