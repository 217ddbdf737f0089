// raads-bench: times the dashboard in-process on a dataset folder (issue 9; run by
// Scripts/benchmark). Prints `first_frame=S year_change=S load=S summary=S`: the first frame is
// load + summary + the first render into the cell buffer (what `raadsdashboard` does before the
// terminal shows anything); a year change is ← or → through the runner (new summary + render),
// the median of several. Not a product command; no test asserts a time.
import Foundation
import RaadsMetrics
import RaadsPresentation
import RaadsTUI

func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write("gebruik: raads-bench MAP\n".data(using: .utf8)!)
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
var changes: [Double] = []
for key in [Key.left, .left, .left, .right, .right, .right, .left, .right, .left] {
    let s = now()
    runner.send(.key(key))
    frame = render(runner.state)
    changes.append(now() - s)
}
changes.sort()
print("first_frame=\(t2 - t0) year_change=\(changes[changes.count / 2]) load=\(t1 - t0) summary=\(t2 - t1) cells=\(frame.width * frame.height)")
