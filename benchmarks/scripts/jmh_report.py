#!/usr/bin/env python3
"""Turns JMH JSON results of RepositoryBenchmark into ratio tables (Markdown) and a chart (SVG).

The SVG is written by hand (no plotting library): one panel per database, one group of bars per
workload, each bar the throughput of an implementation relative to hand-written JDBC, with error
bars from JMH's 99.9% confidence intervals propagated through the ratio.

usage: jmh_report.py --svg out.svg --markdown out.md jmh-h2.json [jmh-postgres.json]
"""
import argparse
import json
import math
from pathlib import Path

IMPLS = ["handwritten", "generated", "jdbi", "spring"]
LABELS = {"handwritten": "hand-written JDBC", "generated": "sqlcheck generated",
          "jdbi": "JDBI 3 SqlObject", "spring": "Spring NamedParameterJdbcTemplate"}
COLORS = {"handwritten": "#9e9e9e", "generated": "#1b7f3b", "jdbi": "#d9822b", "spring": "#3f6fb5"}
WORKLOADS = [("singleRow", "1 row by PK", 1), ("list100", "100 rows", 100),
             ("list1000", "1,000 rows", 1000), ("insertReturning", "insert", 1),
             ("batchUpdate100", "batch of 100", 100)]
DB_LABELS = {"h2": "H2 (embedded, PostgreSQL mode)", "postgres": "PostgreSQL (localhost)"}


def number(v):
    """JMH writes "NaN" (a string) for the error of fewer than two iterations."""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return 0.0
    return 0.0 if math.isnan(f) else f


def load(files):
    """{db: {workload: {impl: (score, error, alloc_bytes_per_op)}}}

    An implementation measured in several trials of one run (run-jmh.sh measures hand-written and
    generated twice, in the order A B … B A, so that drift of a shared machine hits both alike) is
    pooled: the mean score, and as error the larger of the combined confidence intervals and half
    the spread between the trials."""
    trials = {}
    for f in files:
        for r in json.loads(Path(f).read_text()):
            workload = r["benchmark"].rsplit(".", 1)[1]
            p = r["params"]
            pm = r["primaryMetric"]
            alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {})
            trials.setdefault((p["db"], workload, p["impl"]), []).append(
                (float(pm["score"]), number(pm.get("scoreError")),
                 float(alloc["score"]) if "score" in alloc else None))
    data = {}
    for (db, workload, impl), ts in trials.items():
        scores = [t[0] for t in ts]
        mean = sum(scores) / len(scores)
        ci = math.sqrt(sum(t[1] ** 2 for t in ts)) / len(ts)
        err = max(ci, (max(scores) - min(scores)) / 2)
        allocs = [t[2] for t in ts if t[2] is not None]
        alloc = sum(allocs) / len(allocs) if allocs else None
        data.setdefault(db, {}).setdefault(workload, {})[impl] = (mean, err, alloc)
    return data


def ratio(a, b):
    """a/b with the relative errors of both added in quadrature."""
    (sa, ea), (sb, eb) = a[:2], b[:2]
    r = sa / sb
    return r, r * math.sqrt((ea / sa) ** 2 + (eb / sb) ** 2)


def markdown(data):
    out = []
    for db, workloads in data.items():
        out.append(f"\n### {DB_LABELS.get(db, db)}\n")
        out.append("Throughput ratios (± propagated 99.9% CI); allocation in bytes per row "
                   "(per op for single-row workloads).\n")
        out.append("| workload | hand-written ops/s | generated / hand-written | generated / JDBI "
                   "| generated / Spring | alloc per row: hand / generated / JDBI / Spring |")
        out.append("|---|---:|---:|---:|---:|---:|")
        for key, label, rows in WORKLOADS:
            w = workloads.get(key)
            if not w or "handwritten" not in w:
                continue
            h = w["handwritten"]
            cells = [label, f"{h[0]:,.0f} ± {h[1]:,.0f}"]
            for other in ("handwritten", "jdbi", "spring"):
                if "generated" in w and other in w:
                    r, e = ratio(w["generated"], w[other])
                    cells.append(f"{r:.2f} ± {e:.2f}")
                else:
                    cells.append("n/a")
            allocs = []
            for impl in IMPLS:
                a = w.get(impl, (None, None, None))[2]
                allocs.append("n/a" if a is None else f"{a / rows:,.0f}")
            cells.append(" / ".join(allocs))
            out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def short(n):
    """12345 -> 12.3k, for labels under the axis."""
    for div, suffix in ((1e6, "M"), (1e3, "k")):
        if n >= div:
            return f"{n / div:.3g}{suffix}"
    return f"{n:.3g}"


def svg(data):
    """A log-scale dot-and-whisker chart: the ratios span from 0.01 (JDBI on H2) to about 1."""
    panel_w, panel_h, top, left = 600, 360, 80, 58
    dbs = list(data)
    width = panel_w * len(dbs) + 20
    height = top + panel_h + 90
    points = []
    for workloads in data.values():
        for w in workloads.values():
            if "handwritten" in w:
                for impl in IMPLS:
                    if impl in w:
                        r, e = ratio(w[impl], w["handwritten"])
                        points.append(r)
    lo_exp = math.floor(math.log10(max(min(points), 1e-4)))
    hi_exp = max(1, math.ceil(math.log10(max(points))))
    lo, hi = 10.0 ** lo_exp, 10.0 ** hi_exp
    s = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
         f'viewBox="0 0 {width} {height}" font-family="Helvetica, Arial, sans-serif" font-size="12">',
         f'<rect width="{width}" height="{height}" fill="white"/>',
         f'<text x="{width / 2}" y="24" text-anchor="middle" font-size="16" font-weight="bold">'
         'Throughput relative to hand-written JDBC (log scale, higher is better)</text>',
         f'<text x="{width / 2}" y="42" text-anchor="middle" fill="#555">Dots: JMH score ratio; '
         'whiskers: 99.9% confidence interval of the ratio; dashed: 1.0 (hand-written) and the '
         '0.97 target</text>']
    lx = 20
    for impl in IMPLS:
        s.append(f'<circle cx="{lx + 6}" cy="60" r="5" fill="{COLORS[impl]}"/>')
        s.append(f'<text x="{lx + 16}" y="64">{LABELS[impl]}</text>')
        lx += 44 + 7 * len(LABELS[impl])
    for pi, db in enumerate(dbs):
        x0 = 10 + pi * panel_w + left
        pw = panel_w - left - 20
        y0 = top + 20
        ph = panel_h - 40

        def y(v):
            v = min(max(v, lo), hi)
            return y0 + ph - (math.log10(v) - lo_exp) / (hi_exp - lo_exp) * ph

        s.append(f'<text x="{x0 + pw / 2}" y="{top + 8}" text-anchor="middle" font-size="14" '
                 f'font-weight="bold">{DB_LABELS.get(db, db)}</text>')
        for exp in range(lo_exp, hi_exp + 1):
            for m in (1, 3):
                v = m * 10.0 ** exp
                if v > hi:
                    continue
                s.append(f'<line x1="{x0}" x2="{x0 + pw}" y1="{y(v):.1f}" y2="{y(v):.1f}" '
                         f'stroke="{"#d0d0d0" if m == 1 else "#ececec"}"/>')
                s.append(f'<text x="{x0 - 6}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}×</text>')
        s.append(f'<line x1="{x0}" x2="{x0 + pw}" y1="{y(1):.1f}" y2="{y(1):.1f}" stroke="#444" '
                 'stroke-dasharray="5 3"/>')
        s.append(f'<line x1="{x0}" x2="{x0 + pw}" y1="{y(0.97):.1f}" y2="{y(0.97):.1f}" '
                 'stroke="#1b7f3b" stroke-dasharray="2 3"/>')
        workloads = data[db]
        gw = pw / len(WORKLOADS)
        step = (gw - 20) / (len(IMPLS) - 1)
        for wi, (key, label, _rows) in enumerate(WORKLOADS):
            gx = x0 + wi * gw + 10
            if wi:
                s.append(f'<line x1="{gx - 10:.1f}" x2="{gx - 10:.1f}" y1="{y0}" y2="{y0 + ph}" '
                         'stroke="#f0f0f0"/>')
            s.append(f'<text x="{gx + (gw - 20) / 2:.1f}" y="{y0 + ph + 18}" '
                     f'text-anchor="middle">{label}</text>')
            w = workloads.get(key, {})
            if "handwritten" not in w:
                continue
            s.append(f'<text x="{gx + (gw - 20) / 2:.1f}" y="{y0 + ph + 33}" text-anchor="middle" '
                     f'fill="#666" font-size="10">hand: {short(w["handwritten"][0])} ops/s</text>')
            for ii, impl in enumerate(IMPLS):
                if impl not in w:
                    continue
                if impl == "handwritten":
                    r, e = 1.0, w[impl][1] / w[impl][0]
                else:
                    r, e = ratio(w[impl], w["handwritten"])
                cx = gx + ii * step
                top_v, bottom_v = r + e, max(r - e, lo)
                s.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{y(bottom_v):.1f}" '
                         f'y2="{y(top_v):.1f}" stroke="{COLORS[impl]}" stroke-width="2"/>')
                for v in (bottom_v, top_v):
                    s.append(f'<line x1="{cx - 4:.1f}" x2="{cx + 4:.1f}" y1="{y(v):.1f}" '
                             f'y2="{y(v):.1f}" stroke="{COLORS[impl]}" stroke-width="2"/>')
                s.append(f'<circle cx="{cx:.1f}" cy="{y(r):.1f}" r="5" fill="{COLORS[impl]}" '
                         f'stroke="white"><title>{LABELS[impl]}: {r:.3f} ± {e:.3f} '
                         f'({w[impl][0]:,.0f} ops/s)</title></circle>')
                s.append(f'<text x="{cx + 6:.1f}" y="{y(r) + 4:.1f}" font-size="9">{r:.2f}</text>')
        s.append(f'<rect x="{x0}" y="{y0}" width="{pw}" height="{ph}" fill="none" stroke="#888"/>')
    s.append(f'<text x="10" y="{height - 10}" fill="#666" font-size="10">Generated by '
             'benchmarks/scripts/jmh_report.py from the JMH JSON. On H2 the insert runs without '
             'RETURNING (H2 has none). Whiskers reaching the top or bottom edge are clipped.</text>')
    s.append("</svg>")
    return "\n".join(s) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--svg", type=Path, required=True)
    ap.add_argument("--markdown", type=Path)
    ap.add_argument("files", nargs="+")
    args = ap.parse_args()
    data = load(args.files)
    args.svg.write_text(svg(data))
    md = markdown(data)
    if args.markdown:
        args.markdown.write_text(md)
    print(md)
    print(f"wrote {args.svg}")


if __name__ == "__main__":
    main()
