"""A blind comment set measured once, the way the issue's author scores: intent, product and quantity per language.

    .venv/bin/python benchmarks/bench_comments_blind.py SETDIR CHECKOUT OUT.txt

SETDIR holds {lang}.jsonl and the set's show files (tests/comments/data/blindN/ once folded in); CHECKOUT is the
clean worktree of the commit to measure (its studio package is imported). Each show's CommentAnalyzer runs with the
aliases dropped and no translator, as benchmarks/bench_comments_understand.py --no-aliases does; every wrong line is
written to OUT with the load before and after."""
import json, sys, subprocess, collections
from pathlib import Path
setdir, wt, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
sys.path.insert(0, str(wt))
from studio.comments.understand import CommentAnalyzer
from studio.show import load_show
rows = [json.loads(l) for f in sorted(setdir.glob("*.jsonl")) if f.name != "all.jsonl"
        for l in f.read_text("utf-8").splitlines() if l.strip()]
lines = [f"# {setdir} at {subprocess.run(['git','-C',str(wt),'rev-parse','--short','HEAD'],capture_output=True,text=True).stdout.strip()}",
         "load before: " + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()]
st = collections.defaultdict(collections.Counter); errs = []
for show_name in sorted({r["show"] for r in rows}):
    show = load_show(setdir / show_name)
    for p in show.products:
        p.aliases = []
    an = CommentAnalyzer(show, host_language=show.language, translator=False)
    an.analyze("warm-up")
    for r in (r for r in rows if r["show"] == show_name):
        u = an.analyze(r["text"])
        ok_i = u.intent == r["intent"]; ok_p = u.sku == r["sku"]
        for k in (r["lang"], "all"):
            s = st[k]; s["n"] += 1; s["intent"] += ok_i; s["product"] += ok_p
            if r["intent"] == "buy": s["buys"] += 1; s["qty"] += (u.quantity == r["quantity"])
        if not (ok_i and ok_p):
            errs.append(f"  {r['id']} intent {r['intent']}->{u.intent}  sku {r['sku']}->{u.sku}  qty {r['quantity']}->{u.quantity}  {r['text']}")
lines.append("load after: " + subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip())
lines.append("lang      n  intent  product  qty(buy)")
for k in sorted(st, key=lambda k: (k == "all", k)):
    s = st[k]
    lines.append(f"{k:5}{s['n']:6d}{s['intent']/s['n']:8.3f}{s['product']/s['n']:9.3f}{s['qty']/max(s['buys'],1):9.3f}")
lines += ["", "wrong:"] + errs
out.write_text("\n".join(lines) + "\n", "utf-8")
print("\n".join(lines[:16]))
