#!/usr/bin/env python3
"""Benchmark: how the cost of `summary` and `check` grows with the data.

Generates synthetic, valid datasets of growing size (placements, contracts and prestaties),
runs the built binary on each and prints wall time per size and per row. The cost should grow
about linearly: the ratio column stays near 1 when the data grow tenfold.

    swift build -c release && python3 Scripts/benchmark.py [--binary .build/release/raadsdashboard]
"""
import argparse, os, random, subprocess, tempfile, time

def write_dataset(d, n):
    rnd = random.Random(n)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, "dataset.toml"), "w").write(
        'naam = "Benchmarkstad"\npeildatum = 2024-12-31\nfictief = true\narbeidsmarktregio = "R"\n')
    with open(os.path.join(d, "plaatsingen.csv"), "w") as f:
        f.write("plaatsing_id;persoon;afdeling;soort;start;einde;uren_per_week\n")
        for i in range(n):
            y = rnd.randint(2015, 2024)
            end = f"{rnd.randint(1, 28)}-{rnd.randint(1, 12)}-{y + rnd.randint(0, 3)}" if rnd.random() < 0.5 else ""
            if end and int(end.split("-")[2]) == y:
                end = ""
            f.write(f"P{i};X{i % (n // 2 + 1)};Afd{i % 40};{rnd.choice(['vast', 'tijdelijk', 'proefplaatsing', 'detachering'])};1-1-{y};{end};{rnd.randint(8, 36)}\n")
    contracts = max(1, n // 10)
    with open(os.path.join(d, "contracten.csv"), "w") as f:
        f.write("contract_id;procedure;categorie;gunningsdatum;aanneemsom;loonsom\n")
        for i in range(contracts):
            f.write(f"C{i};europees;werken;1-3-{rnd.randint(2015, 2024)};{rnd.randint(100, 900)}.000;{rnd.randint(10, 90)}.000\n")
    open(os.path.join(d, "bouwblokken.csv"), "w").write("code;omschrijving;hoofdonderdeel;eenheid;waarde\nB;Baan;banen;jaar;50.000\n")
    with open(os.path.join(d, "sroi_prestaties.csv"), "w") as f:
        f.write("prestatie_id;contract_id;bouwblok;datum;aantal\n")
        for i in range(n):
            f.write(f"S{i};C{rnd.randrange(contracts)};B;1-6-2024;0,1\n")

def timed(cmd, repeat=3):
    best = None
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    return best

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=".build/release/raadsdashboard")
    ap.add_argument("--sizes", default="1000,10000,100000")
    a = ap.parse_args()
    sizes = [int(s) for s in a.sizes.split(",")]
    print(f"{'rows':>8} {'summary s':>10} {'µs/row':>8} {'ratio':>6} {'check s':>9}")
    prev = None
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            d = os.path.join(tmp, str(n))
            write_dataset(d, n)
            s = timed([a.binary, "summary", "--data", d, "--format", "json"])
            c = timed([a.binary, "check", "--data", d])
            per = s / (2 * n) * 1e6
            ratio = "" if prev is None else f"{per / prev:.2f}"
            print(f"{n:>8} {s:>10.3f} {per:>8.2f} {ratio:>6} {c:>9.3f}")
            prev = per

if __name__ == "__main__":
    main()
