import RaadsMetrics
import RaadsPresentation

/// What the dashboard needs from a terminal. The ncurses backend implements it; tests use
/// `RecordingTerminal`, which replays events and keeps every frame.
public protocol TerminalBackend: AnyObject {
    /// Current size in cells (columns, rows).
    var size: (width: Int, height: Int) { get }
    /// Shows the buffer (a real terminal only redraws the cells that changed).
    func draw(_ buffer: CellBuffer)
    /// Blocks until the next event. `nil` ends the session (input closed, or a quit signal).
    func nextEvent() -> Event?
}

/// Where the figures come from: the loaded dataset, and a way to read it again.
public struct DataEnvironment: Sendable {
    /// Reads and validates the dataset (again). Used by `r`.
    public var load: @Sendable () -> LoadResult
    /// Compares freshly loaded data with the archive's earlier snapshot (issue 12); `nil`: no archive.
    public var compare: (@Sendable (Dataset, [Diagnostic]) -> ArchiveView?)?

    public init(load: @escaping @Sendable () -> LoadResult, compare: (@Sendable (Dataset, [Diagnostic]) -> ArchiveView?)? = nil) {
        self.load = load
        self.compare = compare
    }
}

/// Runs the update/render loop on a terminal and carries out the commands of `update`.
public final class AppRunner {
    public private(set) var state: AppState
    private var dataset: Dataset
    /// What every year's summary of `dataset` shares, built once (a year change reuses it).
    private var prepared: Metrics.Prepared?
    private var diagnostics: [Diagnostic]
    private let environment: DataEnvironment

    /// - Parameters:
    ///   - dataset: the dataset already loaded (without errors).
    ///   - diagnostics: its warnings, shown with the figures.
    ///   - prepared: `Metrics.prepare(dataset)` when the caller has it already (else it is built
    ///     at the first year change).
    public init(
        state: AppState, dataset: Dataset, diagnostics: [Diagnostic], environment: DataEnvironment,
        prepared: Metrics.Prepared? = nil
    ) {
        self.state = state
        self.dataset = dataset
        self.prepared = prepared
        self.diagnostics = diagnostics
        self.environment = environment
    }

    /// Runs until `q`, Ctrl-C or the end of input. Returns the final state.
    @discardableResult
    public func run(on terminal: TerminalBackend) -> AppState {
        let size = terminal.size
        send(.resize(width: size.width, height: size.height))
        terminal.draw(render(state))
        while state.isRunning, let event = terminal.nextEvent() {
            send(event)
            if state.isRunning { terminal.draw(render(state)) }
        }
        return state
    }

    /// Feeds one event through `update` and performs the resulting commands.
    public func send(_ event: Event) {
        let (next, commands) = update(state, event)
        state = next
        for command in commands { perform(command) }
        // New figures or another language: their questions are evaluated on the other core
        // while the reader looks, not when `v` or the griffie's dashboard asks (issue 9).
        if prefetched.map({ $0.version != state.contentVersion || $0.language != state.language }) ?? true {
            prefetched = (state.contentVersion, state.language)
            state.prefetchQuestions()
        }
    }

    /// The figures and language whose questions were last prefetched.
    private var prefetched: (version: Int, language: Language)?

    private func perform(_ command: Command) {
        switch command {
        case .quit:
            state.isRunning = false
        case .computeYear(let year):
            let prepared = self.prepared ?? Metrics.prepare(dataset)
            self.prepared = prepared
            let summary = Metrics.summary(dataset, year: year, warnings: diagnostics, prepared: prepared)
            send(.loaded(summary, years: Metrics.selectableYears(dataset, prepared: prepared)))
        case .reload(let year):
            let result = environment.load()
            guard let fresh = result.dataset, !result.hasErrors else {
                var lines = RefusalView.panelLines(RefusalReport(label: "", result: result), state.language)
                if lines.isEmpty { lines = [state.language.pick("de dataset kon niet worden gelezen", "the dataset could not be read")] }
                send(.loadFailed(lines))
                return
            }
            dataset = fresh
            diagnostics = result.diagnostics
            let prepared = Metrics.prepare(fresh)
            self.prepared = prepared
            let years = Metrics.selectableYears(fresh, prepared: prepared)
            let y = max(years.lowerBound, min(years.upperBound, year))
            if let compare = environment.compare { state.archive = compare(fresh, diagnostics) }
            send(.loaded(Metrics.summary(fresh, year: y, warnings: diagnostics, prepared: prepared), years: years))
            send(.notice(state.strings.reloaded(diagnostics.warnings.count)))
        }
    }
}

/// A terminal for tests: replays a list of events and records each frame drawn.
public final class RecordingTerminal: TerminalBackend {
    public var size: (width: Int, height: Int)
    public private(set) var frames: [CellBuffer] = []
    private var events: [Event]

    public init(width: Int, height: Int, events: [Event]) {
        size = (width, height)
        self.events = events
    }

    public func draw(_ buffer: CellBuffer) { frames.append(buffer) }

    public func nextEvent() -> Event? {
        guard !events.isEmpty else { return nil }
        let e = events.removeFirst()
        if case .resize(let w, let h) = e { size = (w, h) }
        return e
    }
}
