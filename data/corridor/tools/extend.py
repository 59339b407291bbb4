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
