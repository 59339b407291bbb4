#!/usr/bin/env python3
"""Economic complexity with numpy: the independent twin of caravan.opportunities.Complexity.

Two uses:
  complexity_numpy.py golden IN.csv OUT.csv   writes the test golden file (float64, no shortcuts:
      the non-symmetric eigenproblem of the country matrix by np.linalg.eig, proximity as M'M)
  complexity_numpy.py bench [--countries 230] [--products 5000] [--rows 11000000]
      times the same steps as `caravan bench --complexity` on a BACI-shaped synthetic year and
      prints one line per step, "numpy <step> <seconds>", then "numpy whole <seconds>".

Conventions as Caravan's defaults: M = RCA >= 1; ECI the eigenvector of the second-largest
eigenvalue of Mcc = D^-1 M U^-1 M', sign so that corr(ECI, diversity) > 0, z-scores with the
sample SD (ddof=1); PCI = one reflection of raw ECI, z-scored by its own mean and SD;
proximity = |Mp & Mq| / max(kp, kq) with diagonal 1; density = M phi / rowsum(phi);
COI = sum over p not in c of density * PCI; COG = (1-M) * (((1-M) * PCI) @ (phi / rowsum)).
"""
import sys
import time

import numpy as np


def rca_m(x):
    x = np.asarray(x, dtype=np.float64)
    rca = (x / x.sum(1, keepdims=True)) / (x.sum(0, keepdims=True) / x.sum())
    return rca, (rca >= 1.0)


def zscore(v, mean=None, sd=None):
    mean = v.mean() if mean is None else mean
    sd = v.std(ddof=1) if sd is None else sd
    return (v - mean) / sd


def eci_pci(m, symmetric=False):
    mf = m.astype(np.float64)
    kc = mf.sum(1)
    kp = mf.sum(0)
    if symmetric:
        # the bench: the same symmetric form Caravan solves (faster than eig, exact)
        s = (mf / kp) @ mf.T
        r = 1 / np.sqrt(kc)
        a = s * r[:, None] * r[None, :]
        w, u = np.linalg.eigh(a)
        order = np.argsort(w)[::-1]
        v = u[:, order[1]] * r
    else:
        mcc = ((mf / kp) @ mf.T) / kc[:, None]
        w, vecs = np.linalg.eig(mcc)
        order = np.argsort(w.real)[::-1]
        v = vecs[:, order[1]].real
    if np.corrcoef(v, kc)[0, 1] < 0:
        v = -v
    pci_raw = (mf.T @ v) / kp
    return zscore(v), zscore(pci_raw)


def reflections(m, iterations=20):
    mf = m.astype(np.float64)
    kc0 = mf.sum(1)
    kp0 = mf.sum(0)
    kc, kp = kc0.copy(), kp0.copy()
    last = iterations - iterations % 2
    for n in range(1, last + 1):
        nc = (mf @ kp) / kc0
        np_ = (mf.T @ kc) / kp0
        if n == last:
            eci_raw, pci_raw = nc, kp
            break
        kc, kp = nc, np_
    if np.corrcoef(eci_raw, kc0)[0, 1] < 0:
        eci_raw, pci_raw = -eci_raw, -pci_raw
    return zscore(eci_raw), zscore(pci_raw)


def fitness(m, iterations=20):
    mf = m.astype(np.float64)
    f = np.ones(mf.shape[0])
    q = np.ones(mf.shape[1])
    for _ in range(iterations):
        nf = mf @ q
        nq = 1 / (mf.T @ (1 / f))
        f, q = nf / nf.mean(), nq / nq.mean()
    return f, q


def proximity(m, dtype=np.float64):
    mf = m.astype(dtype)
    common = mf.T @ mf
    kp = mf.sum(0)
    phi = common / np.maximum(kp[:, None], kp[None, :])
    np.fill_diagonal(phi, 1)
    return phi


def outlook(m, phi, pci):
    mf = m.astype(phi.dtype)
    rowsum = phi.sum(1)
    density = (mf @ phi) / rowsum
    miss = 1 - mf
    coi = (density * miss * pci).sum(1)
    cog = miss * ((miss * pci) @ (phi / rowsum[:, None]))
    return density, coi, cog


def golden(src, out):
    import csv
    rows = list(csv.DictReader(open(src, newline="")))
    cs = sorted({r["country"] for r in rows})
    ps = sorted({r["product"] for r in rows})
    x = np.zeros((len(cs), len(ps)))
    for r in rows:
        x[cs.index(r["country"]), ps.index(r["product"])] = float(r["value"])
    rca, m = rca_m(x)
    eci, pci = eci_pci(m)
    reci, rpci = reflections(m)
    f, q = fitness(m)
    phi = proximity(m)
    density, coi, cog = outlook(m, phi, pci)
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["kind", "a", "b", "value"])
        for i, c in enumerate(cs):
            w.writerow(["eci", c, "", repr(float(eci[i]))])
            w.writerow(["reflections_eci", c, "", repr(float(reci[i]))])
            w.writerow(["fitness", c, "", repr(float(f[i]))])
            w.writerow(["coi", c, "", repr(float(coi[i]))])
        for j, p in enumerate(ps):
            w.writerow(["pci", p, "", repr(float(pci[j]))])
            w.writerow(["reflections_pci", p, "", repr(float(rpci[j]))])
            w.writerow(["complexity", p, "", repr(float(q[j]))])
        for i, c in enumerate(cs):
            for j, p in enumerate(ps):
                w.writerow(["rca", c, p, repr(float(rca[i, j]))])
                w.writerow(["density", c, p, repr(float(density[i, j]))])
                w.writerow(["cog", c, p, repr(float(cog[i, j]))])
        for a in range(len(ps)):
            for b in range(a + 1, len(ps)):
                w.writerow(["proximity", ps[a], ps[b], repr(float(phi[a, b]))])


def bench(countries, products, rows, repeats=1):
    """Best of `repeats` passes over one generated year, as the Java side takes its best pass."""
    best = None
    for _ in range(max(1, repeats)):
        times, shape = bench_pass(countries, products, rows)
        if best is None or times["whole"] < best["whole"]:
            best = times
    print(shape, flush=True)
    for k, v in best.items():
        print(f"numpy {k} {v:.4f}", flush=True)


_YEAR = {}


def bench_pass(countries, products, rows):
    if not _YEAR:
        _YEAR.update(generate(countries, products, rows))
    exporter, product, value = _YEAR["exporter"], _YEAR["product"], _YEAR["value"]
    return timed(exporter, product, value, countries, products)


def generate(countries, products, rows):
    rng = np.random.default_rng(42)
    pairs = countries * (countries - 1)
    per_pair = max(1, min(products, rows // pairs))
    exporter = np.repeat(np.arange(countries, dtype=np.int32), (countries - 1) * per_pair)
    starts = rng.integers(0, products, size=pairs)
    product = ((starts[:, None] + 7 * np.arange(per_pair)[None, :]) % products).astype(np.int32).ravel()
    value = rng.random(exporter.size) * 1000
    return {"exporter": exporter, "product": product, "value": value}


def timed(exporter, product, value, countries, products):
    times = {}
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    t = t0
    x = np.bincount(exporter.astype(np.int64) * products + product, weights=value,
                    minlength=countries * products).reshape(countries, products)
    times["aggregation"] = time.perf_counter() - t
    t = time.perf_counter()
    rca, m = rca_m(x)
    keep = m.sum(0) > 0
    m = m[:, keep]
    times["rca"] = time.perf_counter() - t
    t = time.perf_counter()
    eci, pci = eci_pci(m, symmetric=True)
    times["eci_pci"] = time.perf_counter() - t
    t = time.perf_counter()
    phi = proximity(m, np.float32)
    times["proximity"] = time.perf_counter() - t
    t = time.perf_counter()
    mf = m.astype(np.float32)
    rowsum = phi.sum(1)
    density = (mf @ phi) / rowsum
    times["density"] = time.perf_counter() - t
    t = time.perf_counter()
    miss = 1 - mf
    pci32 = pci.astype(np.float32)
    coi = (density * miss * pci32).sum(1)
    cog = miss * ((miss * pci32) @ (phi / rowsum[:, None]))
    times["outlook"] = time.perf_counter() - t
    times["whole"] = time.perf_counter() - t0
    # CPU seconds of all the process's threads (OpenBLAS's too): steadier than wall time on a
    # shared machine
    times["whole_cpu"] = time.process_time() - cpu0
    shape = f"numpy rows {exporter.size} matrix {countries}x{int(keep.sum())} blas {np.__version__}"
    return times, shape


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "golden":
        golden(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 2 and sys.argv[1] == "bench":
        args = dict(zip(sys.argv[2::2], sys.argv[3::2]))
        bench(int(args.get("--countries", 230)), int(args.get("--products", 5000)),
              int(args.get("--rows", 11_000_000)), int(args.get("--repeats", 1)))
    else:
        print(__doc__)
        sys.exit(2)
