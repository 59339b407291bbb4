#!/usr/bin/env python3
"""Writes the small seeded export matrix the numpy golden file is computed from (12 countries x 20
products, about a third of the cells empty, codes with leading zeros): run from the repository root,
then `python3 bench/complexity_numpy.py golden` on it (see ComplexityGoldenTest)."""
import csv
import numpy as np

rng = np.random.default_rng(7)
countries = [f"c{i:02d}" for i in range(12)]
products = [f"{i * 37 % 1000:04d}" for i in range(1, 21)]
out = "src/test/resources/caravan/opportunities/golden_exports.csv"
with open(out, "w", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(["country", "product", "value"])
    for i, c in enumerate(countries):
        for j, p in enumerate(products):
            if rng.random() < 0.35:
                continue
            # larger countries export more of everything, so diversity varies
            w.writerow([c, p, int(rng.lognormal(3 + 0.3 * i, 1.2)) + 1])
