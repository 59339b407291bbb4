"""Writes data/corridor/nodes.csv and links.csv from the sourced draft (../shared/data/corridor/),
keeping every draft column and value as it is and appending Caravan's columns (PROVENANCE.md,
"Caravan's additions"). Run from the repository root: python3 data/corridor/tools/extend.py DRAFT_DIR
"""
import csv
import sys

draft = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/corridor"

# Other names a user may type, beside name_en, name_ru and the id (semicolons between them).
ALIASES = {
    "KZ_AKT": "Aktau;Aktau port;порт Актау",
    "KZ_KUR": "Kuryk;Курык порт",
    "KZ_UZN": "Uzen;Zhanaozen;Узень;Жанаозен",
    "KZ_MNG": "Mangyshlak;Mangistau;Мангистау",
    "KZ_ALT": "Altynkol;Khorgos KZ",
    "TM_BER": "Bereket;Gazanjyk;Газанджык",
    "TM_AKY": "Ak-Yayla;Akyayla",
    "IR_INB": "Inche Burun;Incheh Borun;Incheboron;Инчебурун",
    "IR_SAR": "Sarakhs;Sarakhs IR",
    "TM_SAR": "Sarahs;Serakhs;Sarakhs TM",
    "TM_TKB": "Turkmenbashi;Turkmenbashi port;Krasnovodsk;Красноводск",
    "IR_AMR": "Amirabad",
    "IR_ANZ": "Bandar Anzali;Anzali;Бендер-Энзели;Анзали",
    "IR_NSH": "Nowshahr;Noshahr",
    "IR_AST": "Astara IR",
    "AZ_AST": "Astara AZ",
    "AZ_ALT": "Alat;Baku port;Bakinsky port;Бакинский порт",
    "IR_BND": "Bandar-Abbas;Shahid Rajaee;Бандар-Аббас",
    "TM_BUZ": "Buzhun;Buzkhun",
    "IR_GRM": "Гармсар",
    "KZ_SRY": "Saryaghash;Сарыагач",
    "TM_FAR": "Farab",
}

# The Caspian coast: the ports, and the two coastal places the draft types otherwise.
COAST = {"AZ_BAK": "caspian", "AZ_AST": "caspian", "IR_BND": "gulf"}

# Nodes without a coordinate, placed on the straight line between two placed nodes at the stated
# share of a stated length (linear in latitude and longitude): FROM;TO;KM;OF_KM and why.
PLACE = {
    "KZ_BOL": ("KZ_UZN;TM_BER;146;596", "Uzen-Bolashak 146 km (INFORMKZ2013) of Uzen-Bereket 596 km (ADB_EVAL2019)"),
    "TM_SER": ("KZ_UZN;TM_BER;146;596", "joint crossing with Bolashak, placed as Bolashak"),
    "TM_BUZ": ("KZ_UZN;TM_BER;277;596", "Uzen-Bolashak 146 km + Serhetyaka-Buzhun 131 km (SEMBANG2013) of Uzen-Bereket 596 km (ADB_EVAL2019)"),
    "TM_AKY": ("TM_BER;IR_GOR;257;338.5", "Bereket-border 257 km (ISDB_BEREKET) of Bereket-Gorgan 338.5 km (ADB_EVAL2019)"),
    "IR_INB": ("TM_BER;IR_GOR;257;338.5", "at the border point as Ak-Yayla; the 1520 mm track from the zero point is 8 km (RAME2021), within this method's error"),
}

# Where the stated cell is a range of conflicting sources, approximate, or empty but derivable:
# the value chosen and the rule that chose it (PROVENANCE.md, "Variants").
CHOSEN = {
    ("KZ_UZN", "KZ_BOL"): ("146", "rule 2: INFORMKZ2013 states 146 km for exactly Uzen-Bolashak; 120 (TASS) and 140 (AZVISION, MEHR2018) round the 'KZ section'"),
    ("TM_SER", "TM_AKY"): ("724", "rule 1: IsDB project document (ISDB_BEREKET) 467 + 257 km; variants ~700 (TASS, AZVISION), 723 (TURKMENINFORM2010)"),
    ("IR_INB", "IR_GOR"): ("88", "rule 2: 88 km named for the Iranian section by RAILTURKEY and MEHR2018; variants 85 (AZVISION), 70 border-Gorgan (TDN 2013), 81.5 DERIVED"),
    ("KZ_UZN", "IR_GOR"): ("934.5", "rule 1: ADB_EVAL2019 596 + 338.5 km (also ADB_NEWS2014, TMCELL); variants 908 (RAILTURKEY, MEHR2018), 925 (AZVISION), 928 (TASS)"),
    ("IR_THR", "IR_MHD"): ("925.5", "rule 3: median of 926 (RG_THR_MHD) and 925 (IRANRAIL_HIST)"),
    ("TM_SAR", "TM_TEJ"): ("132", "the one stated figure, '~132' as the source's own approximation (BRILLIANT_TM, low authority)"),
    ("IR_MHD", "IR_BFQ"): ("800", "the one stated figure, '~800' as the source's own approximation (FARNWORTH_IR)"),
    ("IR_GOR", "IR_GRM"): ("407", "DERIVED 495 - 88: Garmsar-Incheboron (MENAFN2020) minus Inche Burun-Gorgan (RAILTURKEY)"),
}

# Sailings: mean hours between departures where a source gives a frequency.
HEADWAY = {
    ("KZ_AKT", "AZ_ALT"): ("84", "'about twice a week, no schedule' (TRAINORDERS): 168 h / 2"),
    ("KZ_KUR", "AZ_ALT"): ("84", "'about twice a week, no schedule' (TRAINORDERS): 168 h / 2"),
}

# Cargo a link accepts where it is not every cargo (container;bulk;grain;oil).
CARGO = {
    ("KZ_AKT", "RU_MKH"): "oil",
    ("KZ_KUR", "IR_AMR"): "container",
    ("KZ_AKT", "IR_AMR"): "bulk;grain",
    ("KZ_AKT", "IR_ANZ"): "container;bulk;grain",
    ("TM_TKB", "IR_AMR"): "bulk;grain",
    ("TM_ETR", "IR_INB"): "container;bulk",
    ("TM_SAR", "IR_SAR"): "container;bulk",
    ("AZ_AST", "IR_AST"): "container;bulk;grain",
}
CARGO_WHY = {
    ("KZ_AKT", "RU_MKH"): "tanker link: oil exports Aktau->Makhachkala (ASTANA2023)",
    ("KZ_KUR", "IR_AMR"): "ro-ro truck ferry only (SEANEWS2020_IR): no bulk grain",
    ("KZ_AKT", "IR_AMR"): "dry-bulk shipping (5,000 dwt class)",
    ("TM_TKB", "IR_AMR"): "Kazakh wheat transshipped onto Iranian ships (TODAYAZ2019)",
}

# Whole lines stated as one length beside the segments they span: kept to check the segments'
# lengths against, not routed over (a route over both would count the line twice, and an aggregate
# across a border would skip its crossing).
CHECK_ONLY = {
    ("TM_SER", "TM_AKY"): "spans TM_SER-TM_BUZ-TM_BER-TM_ETR-TM_AKY",
    ("KZ_UZN", "IR_GOR"): "spans the whole KZ-TM-IR line and its two crossings",
    ("IR_INB", "IR_GRM"): "spans IR_INB-IR_GOR-IR_GRM",
    ("IR_MHD", "TM_TEJ"): "spans IR_MHD-IR_SAR-TM_SAR-TM_TEJ and the Sarakhs crossing",
    ("IR_SAR", "IR_BND"): "the route of 2000, superseded by IR_SAR-IR_MHD-IR_BFQ-IR_BND (JRTR41)",
    ("KZ_UZN", "TM_BER"): "spans KZ_UZN-KZ_BOL-TM_SER-TM_BUZ-TM_BER and the Bolashak crossing",
    ("TM_BER", "IR_GOR"): "spans TM_BER-TM_ETR-TM_AKY-IR_INB-IR_GOR and the Inche Burun crossing",
    ("TM_SER", "TM_BER"): "spans TM_SER-TM_BUZ-TM_BER",
    ("TM_BER", "TM_AKY"): "spans TM_BER-TM_ETR-TM_AKY",
}

# Links the draft lacks whose existence its own notes state; lengths left to the estimate rule.
ADDED = [
    {"from": "TM_TKB", "to": "TM_BER", "mode": "rail", "link_kind": "segment", "gauge": "1520",
     "notes": "Trans-Caspian railway Turkmenbashi-Bereket: the draft's TM_BER note 'Junction with Trans-Caspian railway (Turkmenbashi-Ashgabat)'; length not found",
     "sources": "http://www.traveldailynews.asia/news/article/52307/kazakhstan-and-turkmenistan-open-their;https://railturkey.org/2014/12/03/kazakhstan-turkmenistan-iran-railway/"},
    {"from": "TM_BER", "to": "TM_TEJ", "mode": "rail", "link_kind": "segment", "gauge": "1520",
     "notes": "Trans-Caspian railway Bereket-Ashgabat-Tejen: TM_BER note (Turkmenbashi-Ashgabat line) and TM_TEJ note (Mashhad-Sarakhs-Tejen line joins the TM network at Tejen, UPI1996); length not found",
     "sources": "https://railturkey.org/2014/12/03/kazakhstan-turkmenistan-iran-railway/;https://www.upi.com/Archives/1996/05/13/Iran-Turkmenistan-railway-launched/3801831960000/"},
    {"from": "TM_FAR", "to": "TM_TEJ", "mode": "rail", "link_kind": "segment", "gauge": "1520",
     "notes": "Farap-Turkmenabat-Mary-Tejen: the draft's TM_FAR note ('KZ-UZ-TM-IR routing via Turkmenabat-Mary-Tejen-Sarakhs'); length not found",
     "sources": ""},
]

with open(f"{draft}/nodes.csv", newline="", encoding="utf-8") as f:
    nodes = list(csv.DictReader(f))
with open(f"{draft}/links.csv", newline="", encoding="utf-8") as f:
    links = list(csv.DictReader(f))

ncols = list(nodes[0].keys()) + ["aliases", "coast", "place_between", "place_note"]
for n in nodes:
    n["aliases"] = ALIASES.get(n["id"], "")
    n["coast"] = COAST.get(n["id"], "caspian" if n["type"] == "port" else "")
    p = PLACE.get(n["id"])
    n["place_between"], n["place_note"] = p if p else ("", "")

lcols = list(links[0].keys()) + ["distance_km_chosen", "chosen_by", "headway_hours", "headway_basis", "cargo", "cargo_basis", "use", "added_by"]
for a in ADDED:
    row = {c: "" for c in links[0].keys()}
    row.update(a)
    row["added_by"] = "Caravan: a link the draft's notes state, without a stated length"
    links.append(row)
for l in links:
    k = (l["from"], l["to"])
    l["distance_km_chosen"], l["chosen_by"] = CHOSEN.get(k, ("", ""))
    l["headway_hours"], l["headway_basis"] = HEADWAY.get(k, ("", ""))
    l["cargo"] = CARGO.get(k, "")
    l["cargo_basis"] = CARGO_WHY.get(k, "")
    l["use"] = "check " + CHECK_ONLY[k] if k in CHECK_ONLY else ""
    l.setdefault("added_by", "")

for name, rows, cols in (("nodes.csv", nodes, ncols), ("links.csv", links, lcols)):
    with open(f"data/corridor/{name}", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

# ---------------------------------------------------------------- volumes.csv
# Per draft row (by its line in volumes.csv): the point it is about (a node id, or route:NAME for a
# line, route or group; empty for trade and tariff rows), the measure (throughput, capacity,
# target, forecast, growth, other), the period in Caravan's labels (figures.Period; empty where the
# source's period is unclear), the value as low;high in the normalised unit (high empty = "more
# than"), and the y/y growth in % the source states beside it.
V = {
    2: ("KZ_AKT", "throughput", "2013", "10;10", "Mt", ""),
    3: ("KZ_AKT", "throughput", "2022", "3.8;3.8", "Mt", "9"),
    4: ("KZ_AKT", "throughput", "2022-01..2022-10", "3.2;3.2", "Mt", ""),
    5: ("KZ_AKT", "throughput", "2023-01..2023-06", "2.2;2.2", "Mt", "23"),
    6: ("KZ_AKT", "throughput", "2023-01..2023-07", "2.6;2.6", "Mt", "24"),
    7: ("KZ_AKT", "capacity", "2023-2024", "11;12", "Mt/yr", ""),
    8: ("KZ_KUR", "throughput", "2018", "1.33;1.33", "Mt", ""),
    9: ("KZ_KUR", "throughput", "2024-01..2024-09", "1.5;", "Mt", ""),
    10: ("KZ_KUR", "capacity", "2021", "4.1;4.1", "Mt/yr", ""),
    11: ("TM_TKB", "capacity", "2018", "17;17", "Mt/yr", ""),
    12: ("AZ_ALT", "target", "", "10;25", "Mt/yr", ""),
    13: ("AZ_ALT", "target", "2025", "25;", "Mt/yr", ""),
    14: ("IR_AMR", "throughput", "SH1399", "2.4;2.4", "Mt", ""),
    15: ("IR_AMR", "capacity", "2023", "7.5;7.5", "Mt/yr", ""),
    16: ("route:IR-CASPIAN-PORTS", "throughput", "", "3.39;3.39", "Mt", "-7"),
    17: ("IR_ANZ", "throughput", "", "4.2;4.2", "Mt", ""),
    18: ("IR_ANZ", "throughput", "SH1400-01..SH1400-08", "1.28;1.28", "Mt", "12.7"),
    19: ("route:MAZANDARAN-PORTS", "capacity", "2021", "13;13", "Mt/yr", ""),
    20: ("route:INSTC-EAST-KZ", "throughput", "2022-01..2022-09", "0.08;0.08", "Mt", "700"),
    21: ("route:NSC-KZ", "throughput", "2023", "2.1;2.1", "Mt", "4"),
    22: ("route:INSTC-EAST", "target", "", "15;20", "Mt/yr", ""),
    23: ("route:KZ-TM-IR", "forecast", "", "3;12", "Mt/yr", ""),
    24: ("route:KZ-TM-RAIL", "throughput", "2024", "1.6;1.6", "Mt", ""),
    25: ("IR_INB", "throughput", "", "0.016;0.016", "Mt", ""),
    26: ("IR_SAR", "throughput", "2018", "2.3;2.3", "Mt", ""),
    31: ("route:TITR", "throughput", "2022", "1.5;1.5", "Mt", ""),
    32: ("route:TITR", "throughput", "2023", "2.76;2.76", "Mt", "65"),
    33: ("route:TITR", "throughput", "2021", "25.2;25.2", "kTEU", "20"),
    34: ("KZ_ALT", "throughput", "2023-01..2023-07", "7;", "Mt", "30"),
    35: ("KZ_DOS", "throughput", "2016-01..2016-06", "3;", "Mt", ""),
    36: ("KZ_BOL", "throughput", "2024", "1.6;1.6", "Mt", ""),
    37: ("route:KZ-IR-RAIL", "throughput", "2016", "2.117;2.117", "Mt", "16"),
    38: ("route:KZ-IR-RAIL", "throughput", "2025-01..2025-08", "0.8152;0.8152", "Mt", "300"),
    39: ("route:KZ-IR-RAIL", "target", "", "1;1", "Mt/yr", ""),
    40: ("route:NSC-KZ", "throughput", "2025-01..2025-05", "1.5;1.5", "Mt", "74"),
    44: ("IR_INB", "throughput", "SH1397-01..SH1397-11", "0.113717;0.113717", "Mt", ""),
    45: ("route:GOLESTAN-RAIL", "throughput", "2018-03-21..2019-03-12", "0.279;0.279", "Mt", "28"),
    46: ("IR_INB", "capacity", "2022", "50;200", "wagons/day", ""),
    47: ("IR_INB", "other", "", "40;65", "wagons/day", ""),
    48: ("IR_SAR", "capacity", "2022", "7.5;7.5", "Mt/yr", ""),
    49: ("IR_SAR", "throughput", "SH1400", "1.4;1.4", "Mt", ""),
    50: ("IR_SAR", "throughput", "SH1401-01..SH1401-10", "0.9;0.9", "Mt", "-30"),
    51: ("IR_SAR", "throughput", "SH1401-01..SH1401-11", "0.737;0.737", "Mt", ""),
    52: ("route:IR-RAIL-INTL", "throughput", "SH1403", "5;5", "Mt", ""),
    54: ("IR_INB", "throughput", "", "0.00002;0.00002", "Mt", ""),
}
V_WHY = {
    17: "period '2007-08' unclear (calendar or Iranian year): not in the series",
    25: "'Nowruz 2021' is no exact period; 16 kt exported (25 kt loaded)",
    44: "exports 37.018 kt + imports 76.699 kt (DERIVED sum); 'Iranian yr 1397 to mid-Feb 2019' read as Farvardin-Bahman 1397",
    50: "21 Mar 2022-20 Jan 2023 = 1 Farvardin-30 Dey 1401",
    51: "21 Mar 2022-19 Feb 2023 = 1 Farvardin-30 Bahman 1401; a different definition from the 0.9 Mt transit row",
    9: "'>1.5': more than 1.5 Mt",
    7: "'nearly 12 Mt' (2023); 'over 11 Mt' (2024)",
}
# Rows the draft states inside another row's note, or that Caravan's stated figures hold.
V_ADDED = [
    {"subject": "Dostyk-Alashankou", "period": "2016", "metric": "capacity", "value": "20", "unit": "Mt/yr",
     "note": "from the note of the 2016-H1 row: 'capacity 20 Mt/yr'",
     "source": "https://silkroadnews.org/en/news/more-than-3-mln-of-freights-transported-through-chinese-kazakhstani-border-via-alashankou-dostyk-passage",
     "_v": ("KZ_DOS", "capacity", "2016", "20;20", "Mt/yr", "")},
    {"subject": "Anzali port", "period": "2021", "metric": "capacity", "value": "10", "unit": "Mt/yr",
     "note": "from the note of the Iranian yr 1400 M1-M8 row: 'capacity 10 Mt/yr'",
     "source": "https://www.portseurope.com/irans-anzali-caspian-sea-port-sees-cargo-traffic-up-over-12/",
     "_v": ("IR_ANZ", "capacity", "2021", "10;10", "Mt/yr", "")},
    {"subject": "North-South corridor and KZ-TM-IR railway", "period": "2025-01..10", "metric": "transport volume growth",
     "value": "53", "unit": "% y/y",
     "note": "stated figure S04 (data/figures/stated-figures.csv), the talks of 11 Dec 2025: 'За 10 месяцев текущего года объем перевозок по этим направлениям вырос на 53% по сравнению с прошлым годом.' Zakon.kz quoting Akorda; article URL unknown; base not stated",
     "source": "Zakon.kz quoting Akorda (2025-12-11)",
     "_v": ("route:NSC-KZ", "growth", "2025-01..2025-10", "53;53", "% y/y", "53")},
]

with open(f"{draft}/volumes.csv", newline="", encoding="utf-8") as f:
    vols = list(csv.DictReader(f))
vcols = list(vols[0].keys()) + ["point", "measure", "period_label", "value_low", "value_high", "unit_norm", "growth_stated_pct", "caravan_note", "added_by"]
for i, v in enumerate(vols, start=2):
    p, m, per, val, unit, g = V.get(i, ("", "trade" if "trade" in v["subject"].lower() or "Iran-Turkmenistan-Kazakhstan" in v["subject"] else "tariff", "", ";", "", ""))
    lo, hi = val.split(";")
    v.update(point=p, measure=m, period_label=per, value_low=lo, value_high=hi, unit_norm=unit,
             growth_stated_pct=g, caravan_note=V_WHY.get(i, ""), added_by="")
for a in V_ADDED:
    p, m, per, val, unit, g = a.pop("_v")
    lo, hi = val.split(";")
    a.update(point=p, measure=m, period_label=per, value_low=lo, value_high=hi, unit_norm=unit,
             growth_stated_pct=g, caravan_note="", added_by="Caravan: " + a["note"][:60])
    vols.append(a)
with open("data/corridor/volumes.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=vcols, lineterminator="\n")
    w.writeheader()
    w.writerows(vols)
