#!/usr/bin/env python3
"""Fills the source_date column of data/registry/*.csv with the page dates the sources carry.

Run from the repository root: python3 data/registry/tools/source_dates.py [--write]
Only dates that a source gives are written; a cell already filled is never changed. Rules, first
that applies wins (each row's rule is printed, and PROVENANCE.md lists them):
  url      the page's URL holds its date: /YYYY/MM/DD/ or -YYYY-M-D- (day), /YYYY/MM/ (month)
  figures  data/figures/stated-figures.csv cites the same URL with a source_date
  notes    the row's own notes give the page's date (listed by id below, quoted there)
  research ../shared/data corridor research notes date the same article (TASS, 2014-12-03)
  page     another data/registry row cites the same URL with a source_date (the same page)
A URL whose rows disagree on a date is reported and left empty.
"""
import csv, glob, io, re, sys

FILES = ["agreements", "commission_sessions", "events", "heritage", "organisations", "projects"]
# heritage items moved to the heritage catalogue's folder (issue 15)
PATHS = {f: f"data/registry/{f}.csv" for f in FILES} | {"heritage": "data/heritage/items.csv"}
# notes that date the page itself (the quote in the row's notes column says so)
NOTES = {
    "EVT-004": ("2025-12-13", "notes: 'Article dated 2025-12-13'"),
    "EVT-006": ("2025-12-25", "notes: 'Report dated 2025-12-25'"),
    "EVT-019": ("2021-10-11", "notes: 'Date = publication date' (start_date 2021-10-11)"),
}
RESEARCH = {"https://tass.com/world/764933": ("2014-12-03", "corridor research-notes.md: 'TASS 2014-12-03'")}


def url_date(u):
    m = re.search(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/", u)
    if m:
        return "-".join(m.groups())
    m = re.search(r"-((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})-\d+/?$", u)
    if m:
        y, mo, d = m.groups()
        return f"{y}-{int(mo):02d}-{int(d):02d}"
    m = re.search(r"/((?:19|20)\d\d)/(\d\d)/", u)
    if m:
        return "-".join(m.groups())
    return None


def key(r):
    return r.get("id") or r.get("number")


def main(write):
    rows = {f: list(csv.DictReader(open(PATHS[f], encoding="utf-8"))) for f in FILES}
    figures = {}
    for r in csv.DictReader(open("data/figures/stated-figures.csv", encoding="utf-8")):
        if r["source_date"]:
            figures.setdefault(r["source_url"], set()).add(r["source_date"])
    dated = {}
    for f in FILES:
        for r in rows[f]:
            if r.get("source_date"):
                dated.setdefault(r["source_url"], set()).add(r["source_date"])
    out = []
    # passes until nothing changes: a date found for one row dates the other rows of its page
    for _ in range(3):
      for f in FILES:
        for r in rows[f]:
            if r.get("source_date"):
                continue
            u, k = r["source_url"], key(r)
            date = why = None
            if url_date(u):
                date, why = url_date(u), "url"
            elif len(figures.get(u, ())) == 1:
                date, why = next(iter(figures[u])), "figures"
            elif k in NOTES:
                date, why = NOTES[k][0], NOTES[k][1]
            elif u in RESEARCH:
                date, why = RESEARCH[u][0], RESEARCH[u][1]
            # the most precise of the dates other rows give the same page, when they agree
            if date is None and u in dated:
                ds = sorted(dated[u], key=len)
                if all(ds[-1].startswith(d) for d in ds):
                    date, why = ds[-1], "page"
                else:
                    print(f"CONFLICT {f} {k} {u}: {ds}", file=sys.stderr)
            # a more precise date of the same page from another row or a figure refines a month
            if date and len(date) < 10:
                finer = [d for d in dated.get(u, set()) | figures.get(u, set()) if d.startswith(date) and len(d) == 10]
                if len(set(finer)) == 1:
                    date, why = finer[0], why + "+page"
            if date:
                r["source_date"] = date
                dated.setdefault(u, set()).add(date)
                out.append((f, k, date, why, u))
    for o in out:
        print("\t".join(o))
    print(f"{len(out)} rows dated", file=sys.stderr)
    if write:
        for f in FILES:
            src = open(PATHS[f], encoding="utf-8").read()
            header = next(csv.reader(io.StringIO(src)))
            if "source_date" not in header:
                header.insert(header.index("source_url") + 1, "source_date")
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
            w.writeheader()
            for r in rows[f]:
                w.writerow({h: r.get(h, "") or "" for h in header})
            open(PATHS[f], "w", encoding="utf-8").write(buf.getvalue())


main("--write" in sys.argv)
