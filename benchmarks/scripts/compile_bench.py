#!/usr/bin/env python3
"""Compile-time benchmark for sqlcheck (driven by compile-bench.sh).

For each project size it alternates, in one run, (a) javac with the sqlcheck processor and
(b) javac -proc:none on the same sources plus the implementations (a) generated: the physical
limit. It reports medians, (a)/(b), the per-query cost and its growth. It then measures schema
loading inside javac (a one-repository project with a trivial schema, with the largest corpus
file added, and with a synthetic 3,000-statement pg_dump file added) and the peak memory of
javac with and without the processor on the largest project.
"""
import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYNTH_SRC = ROOT / "benchmarks/src/main/java/dev/sqlcheck/bench/synthetic"
CORPUS = ROOT / "src/test/corpus/postgresql"


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd, **kw):
    """Runs a command; returns (Timing, completed process). Fails loudly on a non-zero exit."""
    start, cpu_start = time.perf_counter(), cpu_seconds()
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    elapsed = Timing(time.perf_counter() - start, cpu_seconds() - cpu_start)
    if p.returncode != 0:
        sys.stderr.write(f"command failed ({p.returncode}): {' '.join(map(str, cmd))[:300]}\n")
        sys.stderr.write(p.stdout[-3000:] + p.stderr[-6000:])
        sys.exit(1)
    return elapsed, p


class Timing(float):
    """Wall-clock seconds (the float value), with the CPU seconds (user + sys) beside them.

    CPU time is steadier than wall time on a shared machine, so both are reported."""

    def __new__(cls, wall, cpu):
        t = super().__new__(cls, wall)
        t.cpu = cpu
        return t


def build_tools(work, processor_jar, annotations_jar):
    """Compiles the generators (plain JDK code) so this script works without the benchmarks jar."""
    tool = work / "tool"
    run(["javac", "-d", str(tool)] + [str(p) for p in sorted(SYNTH_SRC.glob("*.java"))])
    for jar in (processor_jar, annotations_jar):
        if not jar.is_file():
            sys.exit(f"missing {jar}; build it with compile-bench.sh or pass --processor-jar/--annotations-jar")
    return tool


def generate(tool, out, tables, repositories):
    if out.exists():
        shutil.rmtree(out)
    run(["java", "-cp", str(tool), "dev.sqlcheck.bench.synthetic.SyntheticProject",
         "--tables", str(tables), "--repositories", str(repositories), "--out", str(out)])
    return sorted((out / "src").rglob("*.java"))


def javac_with(sources, schema, out, ann, proc, extra=(), prefix=()):
    """(a): javac with the processor found on -processorpath, as a build tool would run it."""
    gen, classes = out / "generated", out / "classes-a"
    for d in (gen, classes):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    argfile = out / "sources-a.txt"
    argfile.write_text("\n".join(map(str, sources)))
    cmd = [*prefix, "javac", *extra, "-cp", str(ann), "-processorpath", str(proc),
           f"-Asqlcheck.schema={schema}", "-s", str(gen), "-d", str(classes), f"@{argfile}"]
    t, p = run(cmd)
    if "error" in p.stderr or "warning: [SQLCHECK" in p.stderr:
        sys.exit("sqlcheck reported problems on the synthetic project:\n" + p.stderr[-4000:])
    return t


def javac_plain(sources, impls, out, ann, extra=(), prefix=()):
    """(b): javac -proc:none on the same sources plus the generated implementations."""
    classes = out / "classes-b"
    shutil.rmtree(classes, ignore_errors=True)
    classes.mkdir(parents=True)
    argfile = out / "sources-b.txt"
    argfile.write_text("\n".join(map(str, list(sources) + list(impls))))
    t, _ = run([*prefix, "javac", *extra, "-proc:none", "-cp", str(ann), "-d", str(classes), f"@{argfile}"])
    return t


def javac_replay(sources, out, ann, tool, resources=False):
    """(c): javac with a processor that only writes the implementations (a) generated: the cost
    of annotation processing and its extra round, without any of sqlcheck's own work. With
    resources=True, (c'): it also writes the class-output resources (a) wrote (the verifier's
    manifests), so that it writes exactly the files sqlcheck writes."""
    gen, classes = out / "generated-c", out / "classes-c"
    for d in (gen, classes):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    argfile = out / "sources-a.txt"
    argfile.write_text("\n".join(map(str, sources)))
    t, _ = run(["javac", "-cp", str(ann), "-processorpath", str(tool),
                "-processor", "dev.sqlcheck.bench.synthetic.ReplayProcessor",
                f"-Areplay.dir={out / 'impls'}",
                *([f"-Areplay.resources={out / 'resources'}"] if resources else []),
                "-s", str(gen), "-d", str(classes), f"@{argfile}"])
    return t


def copy_impls(out):
    """Copies what run (a) generated out of its -s folder, so run (b) compiles the same code."""
    dest = out / "impls"
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(out / "generated", dest)
    impls = sorted(dest.rglob("*Impl.java"))
    resources = out / "resources"
    shutil.rmtree(resources, ignore_errors=True)
    shutil.copytree(out / "classes-a" / "META-INF", resources / "META-INF")
    return impls


def summary(samples):
    cpu = [s.cpu for s in samples if hasattr(s, "cpu")]
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples),
            "samples": [round(s, 3) for s in samples],
            "cpu_median": statistics.median(cpu) if cpu else None,
            "cpu_samples": [round(c, 3) for c in cpu]}


def bench_size(tool, work, args, repositories):
    queries = repositories * 10
    out = work / f"project-{queries}"
    sources = generate(tool, out, args.tables, repositories)
    schema = out / "schema.sql"
    # One untimed run (a) writes the implementations and warms the disk cache for both.
    javac_with(sources, schema, out, args.annotations_jar, args.processor_jar)
    impls = copy_impls(out)
    if len(impls) != repositories:
        sys.exit(f"expected {repositories} generated implementations, found {len(impls)}")
    reps = args.reps_large if queries > 5000 else args.reps
    a, b, c, d = [], [], [], []
    for i in range(reps):
        # Rotate the order too, so a slow phase of the shared machine hits every side.
        sides = ["a", "c", "b", "d"]
        order = sides[i % 4:] + sides[:i % 4]
        for side in order:
            if side == "a":
                a.append(javac_with(sources, schema, out, args.annotations_jar, args.processor_jar))
            elif side == "b":
                b.append(javac_plain(sources, impls, out, args.annotations_jar))
            elif side == "c":
                c.append(javac_replay(sources, out, args.annotations_jar, tool))
            else:
                d.append(javac_replay(sources, out, args.annotations_jar, tool, resources=True))
        print(f"  {queries} queries rep {i + 1}/{reps}: a={a[-1]:.2f}s (cpu {a[-1].cpu:.2f}s) "
              f"b={b[-1]:.2f}s (cpu {b[-1].cpu:.2f}s) c={c[-1]:.2f}s (cpu {c[-1].cpu:.2f}s) "
              f"c'={d[-1]:.2f}s (cpu {d[-1].cpu:.2f}s)",
              flush=True)
    sa, sb, sc, sd = summary(a), summary(b), summary(c), summary(d)
    added = sa["median"] - sb["median"]
    return {"queries": queries, "repositories": repositories, "tables": args.tables, "reps": reps,
            "with_processor_s": sa, "physical_limit_s": sb, "replay_processor_s": sc,
            "replay_ratio": sc["median"] / sb["median"],
            "replay_with_resources_s": sd,
            "a_over_c": sa["median"] / sc["median"],
            "a_over_c_cpu": sa["cpu_median"] / sc["cpu_median"],
            "a_over_c_resources": sa["median"] / sd["median"],
            "a_over_c_resources_cpu": sa["cpu_median"] / sd["cpu_median"],
            "sqlcheck_own_s": sa["median"] - sc["median"],
            "ratio": sa["median"] / sb["median"],
            "cpu_ratio": sa["cpu_median"] / sb["cpu_median"],
            "ratio_range": [sa["min"] / sb["max"], sa["max"] / sb["min"]],
            "added_s": added, "per_query_ms": 1000 * added / queries}


def bench_schema(tool, work, args):
    """javac + processor on a one-repository project, with bigger and bigger schemas beside it."""
    out = work / "schema-probe"
    sources = generate(tool, out, 1, 1)
    probe = out / "schema.sql"
    dump = work / "pgdump-3000.sql"
    run(["java", "-cp", str(tool), "dev.sqlcheck.bench.synthetic.PgDumpSchema",
         "--statements", "3000", "--out", str(dump)])
    largest = max(CORPUS.glob("*.sql"), key=lambda p: p.stat().st_size)
    variants = {"trivial": f"{probe}",
                f"corpus:{largest.name}": f"{largest},{probe}",
                "pgdump-3000": f"{dump},{probe}"}
    times = {k: [] for k in variants}
    for name, schema in variants.items():  # untimed: surfaces problems before the loop
        javac_with(sources, schema, out, args.annotations_jar, args.processor_jar)
    for i in range(args.reps_schema):
        names = list(variants) if i % 2 == 0 else list(reversed(variants))
        for name in names:
            times[name].append(
                javac_with(sources, variants[name], out, args.annotations_jar, args.processor_jar))
        print(f"  schema rep {i + 1}/{args.reps_schema}: "
              + " ".join(f"{k}={v[-1]:.2f}s" for k, v in times.items()), flush=True)
    base = statistics.median(times["trivial"])
    cpu_base = statistics.median([x.cpu for x in times["trivial"]])
    return {name: {**summary(t), "added_s": statistics.median(t) - base,
                   "cpu_added_s": statistics.median([x.cpu for x in t]) - cpu_base,
                   "statements": statements_in(variants[name])}
            for name, t in times.items()}


def statements_in(schema_arg):
    total = 0
    for f in schema_arg.split(","):
        total += sum(1 for line in Path(f).read_text(errors="replace").splitlines()
                     if line.rstrip().endswith(";"))
    return total


GC_LINE = re.compile(r"Pause.*?(\d+)M->(\d+)M\((\d+)M\)")


def peak_memory(tool, work, args, repositories):
    """Max RSS (from /usr/bin/time -v) and peak heap (from -Xlog:gc) with and without sqlcheck."""
    out = work / f"project-{repositories * 10}"
    sources = sorted((out / "src").rglob("*.java"))
    impls = sorted((out / "impls").rglob("*Impl.java"))
    result = {"queries": repositories * 10}
    for side in ("a", "b"):
        log = out / f"gc-{side}.log"
        tf = out / f"time-{side}.txt"
        extra = [f"-J-Xlog:gc:file={log}"]
        prefix = ["/usr/bin/time", "-v", "-o", str(tf)]
        if side == "a":
            javac_with(sources, out / "schema.sql", out, args.annotations_jar, args.processor_jar,
                       extra, prefix)
        else:
            javac_plain(sources, impls, out, args.annotations_jar, extra, prefix)
        rss_kb = None
        if tf.exists():
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", tf.read_text())
            rss_kb = int(m.group(1)) if m else None
        before = after = 0
        for line in log.read_text().splitlines():
            m = GC_LINE.search(line)
            if m:
                before = max(before, int(m.group(1)))
                after = max(after, int(m.group(2)))
        result[side] = {"max_rss_mb": rss_kb / 1024 if rss_kb else None,
                        "peak_heap_before_gc_mb": before, "peak_live_after_gc_mb": after}
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--processor-jar", type=Path, required=True)
    ap.add_argument("--annotations-jar", type=Path, required=True)
    ap.add_argument("--work", type=Path, default=Path("/tmp/sqlcheck-compile-bench"))
    ap.add_argument("--tables", type=int, default=100)
    ap.add_argument("--sizes", default="20,200,1000",
                    help="repositories per project (x10 queries); default 200, 2000, 10000 queries")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--reps-large", type=int, default=3)
    ap.add_argument("--reps-schema", type=int, default=5)
    ap.add_argument("--skip", default="", help="comma-separated: sizes,schema,memory")
    ap.add_argument("--report-only", action="store_true",
                    help="print the tables of an existing --json file and exit")
    ap.add_argument("--json", type=Path, default=ROOT / "benchmarks/results/compile.json")
    args = ap.parse_args()
    if args.report_only:
        print_markdown(json.loads(args.json.read_text()))
        return
    args.work.mkdir(parents=True, exist_ok=True)
    skip = set(filter(None, args.skip.split(",")))
    tool = build_tools(args.work, args.processor_jar, args.annotations_jar)
    report = {"machine": machine()}
    sizes = [int(s) for s in args.sizes.split(",")]
    if "sizes" not in skip:
        report["sizes"] = []
        for repos in sizes:
            print(f"project of {repos * 10} queries", flush=True)
            report["sizes"].append(bench_size(tool, args.work, args, repos))
    if "schema" not in skip:
        print("schema loading", flush=True)
        report["schema"] = bench_schema(tool, args.work, args)
    if "memory" not in skip and "sizes" not in skip:
        print(f"peak memory on {sizes[-1] * 10} queries", flush=True)
        report["memory"] = peak_memory(tool, args.work, args, sizes[-1])
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n")
    print_markdown(report)
    md = args.json.with_suffix(".md")
    with open(md, "w") as f:
        stdout, sys.stdout = sys.stdout, f
        try:
            print_markdown(report)
        finally:
            sys.stdout = stdout
    print(f"\nwrote {args.json}")


def machine():
    jv = subprocess.run(["javac", "-version"], capture_output=True, text=True)
    mem = next((l for l in Path("/proc/meminfo").read_text().splitlines() if l.startswith("MemTotal")), "")
    return {"nproc": os.cpu_count(), "mem": mem.split(":")[1].strip() if mem else "?",
            "javac": (jv.stdout + jv.stderr).strip(),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def print_markdown(r):
    if "sizes" in r:
        print("\n| queries | (a) javac + sqlcheck | (b) javac -proc:none + generated | (a)/(b) wall "
              "| (a)/(b) CPU | added (wall) | per query | (c)/(b): any generating processor, wall / CPU "
              "| sqlcheck's own work (a)−(c), wall / CPU |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for s in r["sizes"]:
            a, b = s["with_processor_s"], s["physical_limit_s"]
            print(f"| {s['queries']:,} | {a['median']:.2f} s ({a['min']:.2f}–{a['max']:.2f}) "
                  f"| {b['median']:.2f} s ({b['min']:.2f}–{b['max']:.2f}) | **{s['ratio']:.3f}** "
                  f"({s['ratio_range'][0]:.2f}–{s['ratio_range'][1]:.2f}) | {s['cpu_ratio']:.3f} "
                  f"| {s['added_s']:.2f} s "
                  f"| {s['per_query_ms']:.3f} ms | {s['replay_ratio']:.3f} / "
                  f"{s['replay_processor_s']['cpu_median'] / b['cpu_median']:.3f} "
                  f"| {s['sqlcheck_own_s']:.2f} s / "
                  f"{a['cpu_median'] - s['replay_processor_s']['cpu_median']:.2f} s |")
        print("\n| queries | (a)/(c) wall | (a)/(c) CPU | (a)/(c') wall | (a)/(c') CPU |")
        print("|---:|---:|---:|---:|---:|")
        for s in r["sizes"]:
            print(f"| {s['queries']:,} | **{s['a_over_c']:.3f}** | {s['a_over_c_cpu']:.3f} "
                  f"| {s['a_over_c_resources']:.3f} | {s['a_over_c_resources_cpu']:.3f} |")
    if len(r.get("sizes", [])) > 1:
        print("\nGrowth of the added cost between sizes (linear means a steady marginal cost):\n")
        print("| from → to | marginal wall per query | marginal CPU per query |")
        print("|---|---:|---:|")
        sizes = r["sizes"]
        for lo, hi in zip(sizes, sizes[1:]):
            dq = hi["queries"] - lo["queries"]
            wall = (hi["added_s"] - lo["added_s"]) / dq * 1000
            cpu_lo = lo["with_processor_s"]["cpu_median"] - lo["physical_limit_s"]["cpu_median"]
            cpu_hi = hi["with_processor_s"]["cpu_median"] - hi["physical_limit_s"]["cpu_median"]
            print(f"| {lo['queries']:,} → {hi['queries']:,} | {wall:.2f} ms | "
                  f"{(cpu_hi - cpu_lo) / dq * 1000:.2f} ms |")
    if "schema" in r:
        print("\n| schema beside a one-repository project | statements (lines ending in ;) "
              "| javac + sqlcheck | added (wall) | added (CPU) |")
        print("|---|---:|---:|---:|---:|")
        for name, s in r["schema"].items():
            print(f"| {name} | {s['statements']:,} | {s['median']:.2f} s ({s['min']:.2f}–{s['max']:.2f}) "
                  f"| {s['added_s']:+.2f} s | {s['cpu_added_s']:+.2f} s |")
    if "memory" in r:
        print(f"\n| {r['memory']['queries']:,}-query project | max RSS | peak heap before GC "
              "| peak live heap after GC |")
        print("|---|---:|---:|---:|")
        for side, label in (("a", "javac + sqlcheck"), ("b", "javac -proc:none + generated")):
            m = r["memory"][side]
            rss = f"{m['max_rss_mb']:.0f} MB" if m["max_rss_mb"] else "n/a"
            print(f"| {label} | {rss} | {m['peak_heap_before_gc_mb']} MB | {m['peak_live_after_gc_mb']} MB |")


if __name__ == "__main__":
    main()
