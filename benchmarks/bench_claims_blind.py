"""Usage: .venv/bin/python benchmarks/bench_claims_blind.py tests/compliance/data/blind4.jsonl tests/compliance/data/blind5.jsonl
       .venv/bin/python benchmarks/bench_claims_blind.py --head /tmp/h/claims_head.npz tests/compliance/data/blind8.jsonl
         (a head trained with `scripts/train_claims.py --hold-out blind8.jsonl --out /tmp/h/claims_head.npz`:
          dev figures on a folded-in set the head has not seen)

Measure the claim checker on a blind set ONCE, through the same path the issue author uses:
`studio check --text TEXT --market M --format json` (in-process main() so 600 lines do not pay 600
process starts; a few real subprocess calls time that path). Lines with producer notes go through a
.txt script: the note in brackets, then the line."""
import contextlib, io, json, sys, tempfile, time, collections, subprocess
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from studio.cli.main import main as studio_main

def run(args):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            code = studio_main(args)
        except SystemExit as e:
            code = e.code
    return code, out.getvalue()

def findings_for(item, tmp):
    if item.get("notes"):
        p = Path(tmp) / f"{item['id']}.txt"
        p.write_text(f"[{item['notes'].strip('[]【】')}]\n{item['text']}\n", "utf-8")
        code, out = run(["check", str(p), "--market", item["market"], "--lang", item["lang"], "--format", "json"])
        data = json.loads(out) if out.strip().startswith("{") else {"findings": []}
        # the script importer splits a line into sentences: a finding on any of them is on the line
        line = item["text"].strip()
        return [f for f in data["findings"] if f.get("role") != "cue" and f.get("text", "").strip()
                and (f["text"].strip() in line or line in f["text"])], code
    code, out = run(["check", "--text", item["text"], "--market", item["market"], "--lang", item["lang"], "--format", "json"])
    data = json.loads(out) if out.strip().startswith("{") else {"findings": []}
    return data["findings"], code

def main(paths):
    items = [json.loads(l) for p in paths for l in Path(p).read_text("utf-8").splitlines() if l.strip()]
    stats = {k: collections.Counter() for k in ("lang", "market", "category")}
    tot = collections.Counter(); rows = []; errors = 0
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for it in items:
            t0 = time.perf_counter()
            fs, code = findings_for(it, tmp)
            times.append(time.perf_counter() - t0)
            if code == 2: errors += 1
            pred_any = any(f["severity"] in ("warn", "block") for f in fs)
            pred_block = any(f["severity"] == "block" for f in fs)
            for mode, pred in (("any", pred_any), ("block", pred_block)):
                key = ("tp" if it["flag"] else "fp") if pred else ("fn" if it["flag"] else "tn")
                tot[(mode, key)] += 1
                if mode == "any":
                    for dim in ("lang", "market"):
                        stats[dim][(it[dim], key)] += 1
                    if it["flag"]:   # the early heldout sets name rules, not a category
                        stats["category"][(it.get("category") or "(rules only)", key)] += 1
            rows.append({**it, "pred": pred_any, "pred_block": pred_block,
                         "found": [(f["category"], f["source"], f["severity"], f.get("rule")) for f in fs]})
    def pr(c, k=None):
        g = (lambda x: c[(k, x)]) if k else (lambda x: c[x])
        tp, fp, fn = g("tp"), g("fp"), g("fn")
        p = tp / (tp + fp) if tp + fp else float("nan"); r = tp / (tp + fn) if tp + fn else float("nan")
        return p, r, tp + fn, tp + fp + fn + g("tn")
    print(f"lines {len(items)}; usage errors (exit 2) {errors}; per-line check p50 {sorted(times)[len(times)//2]*1000:.0f} ms p95 {sorted(times)[int(len(times)*.95)]*1000:.0f} ms (in-process)")
    for mode in ("any", "block"):
        p, r, pos, n = pr(tot, mode)
        print(f"[{mode} finding counts as stopped] precision {p:.3f} recall {r:.3f} (positives {pos}, lines {n})")
    for dim in ("lang", "market", "category"):
        keys = sorted({k for k, _ in stats[dim]})
        print(f"-- per {dim} (any finding): " + "; ".join(
            f"{k}: P {pr(collections.Counter({x: stats[dim][(k, x)] for x in ('tp','fp','fn','tn')}))[0]:.2f} R {pr(collections.Counter({x: stats[dim][(k, x)] for x in ('tp','fp','fn','tn')}))[1]:.2f}" for k in keys))
    out = Path(tempfile.gettempdir()) / ("claims-blind-results-" + time.strftime("%H%M") + ".jsonl")
    out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), "utf-8")
    print("rows written to", out)

if __name__ == "__main__":
    argv = sys.argv[1:]
    if argv[:1] == ["--head"]:
        import studio.compliance.semantic as semantic
        head_dir = Path(argv[1]).resolve().parent
        semantic.semantic_dir = lambda: head_dir
        argv = argv[2:]
    main(argv)
