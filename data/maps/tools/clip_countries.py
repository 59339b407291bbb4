"""Writes data/maps/countries-50m-caspian.json: the countries of world-atlas@2.0.2's
countries-50m.json (Natural Earth 4.1.0, 1:50m) that reach into the corridor map's frame, as a
smaller TopoJSON the corridor page can fetch. A country is kept whole when any point of its arcs
lies inside the frame (lon 25..95 E, lat 15..60 N: the Caspian, Kazakhstan, Iran, the Gulf and
their neighbours); nothing is re-simplified or cut, so borders are exactly Natural Earth's. The
arcs the kept countries use are copied as they are (quantised, delta-encoded) and renumbered;
the transform is the file's own.

usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
       python3 clip_countries.py package/countries-50m.json > countries-50m-caspian.json
"""
import json
import sys

FRAME = (25.0, 15.0, 95.0, 60.0)  # west, south, east, north in degrees


def decoded(arc, transform):
    sx, sy = transform["scale"]
    tx, ty = transform["translate"]
    x = y = 0
    for dx, dy in arc:
        x += dx
        y += dy
        yield x * sx + tx, y * sy + ty


def arc_ids(geometry):
    arcs = geometry.get("arcs", [])
    if geometry["type"] == "Polygon":
        return [i for ring in arcs for i in ring]
    if geometry["type"] == "MultiPolygon":
        return [i for poly in arcs for ring in poly for i in ring]
    return []


def main(path):
    topo = json.load(open(path, encoding="utf-8"))
    t = topo["transform"]
    w, s, e, n = FRAME
    inside = [
        any(w <= x <= e and s <= y <= n for x, y in decoded(a, t)) for a in topo["arcs"]
    ]
    kept = [
        g
        for g in topo["objects"]["countries"]["geometries"]
        if any(inside[i if i >= 0 else ~i] for i in arc_ids(g))
    ]
    used = sorted({i if i >= 0 else ~i for g in kept for i in arc_ids(g)})
    new = {old: k for k, old in enumerate(used)}

    def renumber(x):
        if isinstance(x, list):
            return [renumber(v) for v in x]
        return new[x] if x >= 0 else ~new[~x]

    for g in kept:
        g["arcs"] = renumber(g["arcs"])
    out = {
        "type": "Topology",
        "objects": {"countries": {"type": "GeometryCollection", "geometries": kept}},
        "arcs": [topo["arcs"][i] for i in used],
        "transform": t,
    }
    json.dump(out, sys.stdout, separators=(",", ":"), ensure_ascii=False)
    names = sorted(g["properties"]["name"] for g in kept)
    print(f"{len(kept)} countries, {len(used)} of {len(topo['arcs'])} arcs: {', '.join(names)}",
          file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
