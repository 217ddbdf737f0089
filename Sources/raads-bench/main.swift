// raads-bench: times the dashboard in-process on a dataset folder (issue 9; run by
// Scripts/benchmark). Prints `first_frame=S year_change=S other_keys=S slowest_key=NAME load=S
// summary=S`: the first frame is load + summary + the first render into the cell buffer (what
// `raadsdashboard` does before the terminal shows anything); a year change is [ or ] through
// the runner (the year's figures + render), the median of several; `other_keys` is the
// slowest of every other key of a walk through the screens (each key's median over four
// walks after the first), with its name, and `other_keys_first` the slowest key of the first
// walk, when every screen is met for the first time; with `--keys` after the folder, every
// key's times as well. Not a product command; no test asserts a time.
import Foundation
import RaadsMetrics
import RaadsPresentation
import RaadsTUI

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

guard CommandLine.arguments.count == 2 || (CommandLine.arguments.count == 3 && CommandLine.arguments[2] == "--keys") else {
    FileHandle.standardError.write("gebruik: raads-bench MAP [--keys]\n".data(using: .utf8)!)
    exit(2)
}
let source = DirectorySource(path: CommandLine.arguments[1])
let t0 = now()
let result = DatasetLoader.load(from: source)
guard let dataset = result.dataset, !result.hasErrors else {
    FileHandle.standardError.write("de dataset bevat fouten\n".data(using: .utf8)!)
    exit(1)
}
let t1 = now()
let year = dataset.info.peildatum.year
let prepared = Metrics.prepare(dataset)
let summary = Metrics.summary(dataset, year: year, warnings: result.diagnostics, prepared: prepared)
let state = AppState(
    summary: summary, years: Metrics.selectableYears(dataset, prepared: prepared), width: 120, height: 40,
    dashboards: DashboardCatalog.builtIn)
let runner = AppRunner(
    state: state, dataset: dataset, diagnostics: result.diagnostics,
    environment: DataEnvironment { DatasetLoader.load(from: source) }, prepared: prepared)
runner.send(.resize(width: 120, height: 40))
var frame = render(runner.state)
let t2 = now()
/// `event` through the runner and the render that follows, in seconds.
@MainActor func timed(_ event: Event) -> Double {
    let s = now()
    runner.send(event)
    frame = render(runner.state)
    return now() - s
}
var changes: [Double] = []
for key in ["[", "]", "[", "]", "[", "]", "[", "]", "["] as [Character] { changes.append(timed(.key(.character(key)))) }
if runner.state.year != year { _ = timed(.key(.character("]"))) }
changes.sort()
// A walk through every screen with the keys a user presses there (year changes excepted):
// tiles, a detail and its scrolling, the next parameter, help, language, the questions, the
// comparison, search, the next dashboard.
let walk: [(String, Key)] = [
    ("→", .right), ("↓", .down), ("←", .left), ("↑", .up), ("End", .end), ("Home", .home),
    ("Enter", .enter), ("PgDn", .pageDown), ("↓ (detail)", .down), ("PgUp", .pageUp), ("→ (detail 2)", .right),
    ("→ (detail 3)", .right), ("→ (detail 4)", .right), ("End (detail 4)", .end),
    ("/ (detail 4)", .character("/")), ("typing (detail 4)", .character("C")), ("typing 2 (detail 4)", .character("0")),
    ("Enter (search)", .enter), ("n (next match)", .character("n")), ("Esc (search, detail 4)", .escape), ("→ (detail 5)", .right),
    ("→ (detail 6)", .right), ("→ (detail 7)", .right), ("→ (detail 1)", .right), ("Esc", .escape), ("?", .character("?")), ("? (close)", .character("?")),
    ("t", .character("t")),
    ("t (back)", .character("t")), ("v", .character("v")), ("↓ (questions)", .down), ("Esc (questions)", .escape),
    ("a", .character("a")), ("Esc (comparison)", .escape), ("/", .character("/")), ("typing", .character("b")),
    ("Esc (search)", .escape), ("Tab", .tab), ("Shift-Tab", .backTab),
]
// The first walk meets every screen for the first time (each builds its text, the questions
// are evaluated, a search folds the text it searches); the four after it find what was kept.
var first: [Double] = []
for step in walk { first.append(timed(.key(step.1))) }
var perKey = [[Double]](repeating: [], count: walk.count)
for _ in 0..<4 {
    for (k, step) in walk.enumerated() { perKey[k].append(timed(.key(step.1))) }
}
let medians = perKey.map { $0.sorted()[$0.count / 2] }
if CommandLine.arguments.contains("--keys") {
    print("key\tfirst ms\tagain ms")
    for (k, step) in walk.enumerated() { print("\(step.0)\t\(first[k] * 1000)\t\(medians[k] * 1000)") }
}
func name(_ k: Int) -> String { walk[k].0.replacingOccurrences(of: " ", with: "_") }
let slowest = medians.indices.max { medians[$0] < medians[$1] }!
let slowestFirst = first.indices.max { first[$0] < first[$1] }!
print(
    "first_frame=\(t2 - t0) year_change=\(changes[changes.count / 2]) other_keys=\(medians[slowest]) slowest_key=\(name(slowest)) other_keys_first=\(first[slowestFirst]) slowest_first_key=\(name(slowestFirst)) load=\(t1 - t0) summary=\(t2 - t1) cells=\(frame.width * frame.height)"
)
