#!/usr/bin/env python3
"""Derive outline.csv (the USSR's successor states and Germany, Natural Earth 1:50m) from world-atlas countries-50m.json.

Usage: npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz && python3 derive_outline.py package/countries-50m.json > outline.csv
Decodes TopoJSON arcs (quantized, delta-encoded) into rings; writes one row per point, coordinates rounded to
0.001 degree (about 100 m; the source scale 1:50m is far coarser). Deterministic: same input, same bytes.
"""
import csv, json, sys

# ISO 3166-1 numeric ids of the 15 successor states of the USSR and of Germany (the Soviet zone lies in its east).
COUNTRIES = {"643", "804", "112", "398", "860", "795", "417", "762", "031", "051", "268", "498", "440", "428", "233", "276"}

topo = json.load(open(sys.argv[1], encoding="utf-8"))
sx, sy = topo["transform"]["scale"]; tx, ty = topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0; pts = []
    for dx, dy in arc:
        x += dx; y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)

def ring(indices):
    pts = []
    for i in indices:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    return pts

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["country_id", "country_name", "ring", "point", "lon", "lat"])
for g in sorted(topo["objects"]["countries"]["geometries"], key=lambda g: str(g.get("id"))):
    cid = str(g.get("id"))
    if cid not in COUNTRIES:
        continue
    polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
    r = 0
    for poly in polys:
        for rg in poly:  # outer ring first, then holes
            r += 1
            last = None
            n = 0
            for lon, lat in ring(rg):
                p = (round(lon, 3), round(lat, 3))
                if p == last:
                    continue
                last = p
                n += 1
                out.writerow([cid, g["properties"]["name"], r, n, f"{p[0]:.3f}", f"{p[1]:.3f}"])
