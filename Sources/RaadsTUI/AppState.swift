import Foundation
import RaadsMetrics
import RaadsPresentation

/// Which screen is in front.
public enum Screen: Equatable, Sendable {
    case overview
    case detail(ParameterID)
    /// The questions the figures raise, and the data quality (`v`).
    case questions
    /// What changed since the archive's earlier snapshot (`a`, issue 12).
    case comparison
}

/// A panel over the screen that waits for a key (e.g. errors of a reload).
public struct MessagePanel: Equatable, Sendable {
    public var title: String
    public var lines: [String]
    public var isError: Bool
    public init(title: String, lines: [String], isError: Bool) {
        self.title = title
        self.lines = lines
        self.isError = isError
    }
}

/// A search in a scrolling screen (`/`): the text typed so far, whether it is still being typed,
/// and the line of the current match.
public struct Search: Equatable, Sendable {
    public var query: String
    /// True while the reader types the text (the footer shows it); Enter ends the typing.
    public var editing: Bool
    /// The line (of the scrolling text) of the match the screen jumped to; `nil`: none found.
    public var line: Int?
    public init(query: String = "", editing: Bool = true, line: Int? = nil) {
        self.query = query
        self.editing = editing
        self.line = line
    }
}

/// What the text of the scrolling screen in front depends on. When it is unchanged, the lines
/// built earlier are reused: `update` never rebuilds the detail text for a key press that only
/// scrolls (issue 13), and `render` draws from the same lines.
struct ContentKey: Equatable, Sendable {
    var screen: Screen
    var help: Bool
    var year: Int
    var language: Language
    var width: Int
    var dashboardIndex: Int
    var selected: Int
    var unicode: Bool
    var version: Int
}

/// The lines of the scrolling screen in front, built once per `ContentKey`, and of the few
/// screens shown before it (issue 9: a regional cohort's detail lays out thousands of rows, so
/// going back to a screen takes it from here). Not part of the state's identity: two states
/// that differ only in this cache are equal.
struct ContentCache: Equatable, Sendable {
    /// The most recent first.
    private var entries: [(key: ContentKey, lines: ScrollLines)] = []
    static let capacity = 16

    init() {}
    init(key: ContentKey, lines: ScrollLines) { entries = [(key, lines)] }

    /// The most recent entry's key and lines.
    var key: ContentKey? { entries.first?.key }
    var lines: ScrollLines { entries.first?.lines ?? [] }

    func lines(for key: ContentKey) -> ScrollLines? { entries.first { $0.key == key }?.lines }

    /// `lines` for `key` as the most recent entry; the oldest beyond `capacity` is dropped. No
    /// lines (the overview, which has no scrolling text) are not kept: they cost nothing to make.
    mutating func keep(_ key: ContentKey, _ lines: ScrollLines) {
        guard !lines.isEmpty else { return }
        entries.removeAll { $0.key == key }
        entries.insert((key, lines), at: 0)
        if entries.count > Self.capacity { entries.removeLast() }
    }

    static func == (a: ContentCache, b: ContentCache) -> Bool { true }
}

/// The numbers of `AppState.contentVersion`: each one handed out once per process (0 is that
/// of every state as it is made, with its own memos).
enum ContentVersion {
    private final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var last = 0
    }
    private static let counter = Counter()

    static func next() -> Int {
        counter.lock.lock()
        defer { counter.lock.unlock() }
        counter.last += 1
        return counter.last
    }
}

/// The questions of a summary in a language, evaluated once (issue 9: at the scale of a region
/// `Questions.evaluate` takes several milliseconds, and `v`, the griffie's strip and its footer
/// ask for them at every key). Keeps the last few figures and languages (`t` and back again
/// evaluates nothing). Shared by the copies of a state; the key says which figures and
/// language the questions belong to, so a copy with other figures never reads another's.
final class QuestionMemo: @unchecked Sendable, Equatable {
    private struct Key: Hashable {
        var version: Int
        var language: Language
    }
    private let condition = NSCondition()
    /// The most recent first.
    private var entries: [(key: Key, questions: [Question])] = []
    private static let capacity = 4
    /// Keys being evaluated now (by the worker or by `questions`).
    private var running: Set<Key> = []
    /// The prefetch the worker does next: only the last one asked for (an earlier one that has
    /// not started is dropped).
    private var pending: (key: Key, evaluate: @Sendable () -> [Question])?
    /// Whether the worker thread runs; it ends when nothing is pending.
    private var working = false

    func questions(version: Int, language: Language, _ evaluate: () -> [Question]) -> [Question] {
        let key = Key(version: version, language: language)
        condition.lock()
        // Evaluated already, or being evaluated (then its result is waited for, not made twice).
        while true {
            if let found = entries.first(where: { $0.key == key }) {
                condition.unlock()
                return found.questions
            }
            guard running.contains(key) else { break }
            condition.wait()
        }
        running.insert(key)
        condition.unlock()
        let questions = evaluate()
        condition.lock()
        keep(key, questions)
        condition.unlock()
        return questions
    }

    /// Evaluates the questions for these figures and language on a worker thread, so that they
    /// are there when asked for. Asking never waits for an evaluation. One worker at a time:
    /// it takes the last prefetch asked for and ends when there is none.
    func prefetch(version: Int, language: Language, _ evaluate: @escaping @Sendable () -> [Question]) {
        let key = Key(version: version, language: language)
        condition.lock()
        defer { condition.unlock() }
        guard !running.contains(key), !entries.contains(where: { $0.key == key }) else { return }
        pending = (key, evaluate)
        guard !working else { return }
        working = true
        Thread.detachNewThread { [self] in work() }
    }

    private func work() {
        condition.lock()
        while let job = pending {
            pending = nil
            if running.contains(job.key) || entries.contains(where: { $0.key == job.key }) { continue }
            running.insert(job.key)
            condition.unlock()
            let questions = job.evaluate()
            condition.lock()
            keep(job.key, questions)
        }
        working = false
        condition.unlock()
    }

    /// Stores an evaluation that was running and wakes whoever waits for it (the lock held).
    private func keep(_ key: Key, _ questions: [Question]) {
        running.remove(key)
        entries.removeAll { $0.key == key }
        entries.insert((key, questions), at: 0)
        if entries.count > Self.capacity { entries.removeLast() }
        condition.broadcast()
    }

    /// A cache, not part of what the state is.
    static func == (a: QuestionMemo, b: QuestionMemo) -> Bool { true }
}

/// The search's work on the scrolling text, kept between keys (issue 9: a regional table has
/// thousands of lines, and every key while a search is shown asked for its matches): the
/// folded text of each line, per content, and the matching lines, per content and query.
/// Shared by the copies of a state; the keys say which content and query they belong to.
final class SearchMemo: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var foldedKey: ContentKey?
    /// Each line's folded characters as numbers: a character of one scalar is that scalar, any
    /// other a number of its own from `clusters` (comparing numbers, not `Character`s, keeps a
    /// key within milliseconds over thousands of lines).
    private var folded: [UInt32] = []
    /// Line `i`'s folded text is `folded[(i == 0 ? 0 : foldedEnds[i - 1]) ..< foldedEnds[i]]`.
    private var foldedEnds: [Int] = []
    private let clusters = Clusters()
    private var matchesKey: (content: ContentKey, query: String)?
    private var matches: [Int] = []

    func matches(content: ContentKey, query: String, lines: () -> ScrollLines) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        if let k = matchesKey, k.content == content, k.query == query { return matches }
        if foldedKey != content {
            let clusters = self.clusters
            (folded, foldedEnds) = lines().searchCodes { SearchFolder(clusters) }
            foldedKey = content
        }
        let q = SearchText.fold(query).map(clusters.code)
        matches = foldedEnds.indices.filter { i in
            SearchText.contains(q, in: folded[(i == 0 ? 0 : foldedEnds[i - 1])..<foldedEnds[i]])
        }
        matchesKey = (content, query)
        return matches
    }

    /// The numbers of folded characters of more than one scalar, the same for every thread
    /// that folds (and for the query).
    final class Clusters: @unchecked Sendable {
        private let lock = NSLock()
        private var numbers: [Character: UInt32] = [:]

        /// A character of one scalar is that scalar; any other a number of its own.
        func code(_ ch: Character) -> UInt32 {
            let scalars = ch.unicodeScalars
            if scalars.count == 1, let s = scalars.first { return s.value }
            lock.lock()
            defer { lock.unlock() }
            if let n = numbers[ch] { return n }
            let n = 0x11_0000 + UInt32(numbers.count)
            numbers[ch] = n
            return n
        }
    }

    /// A cache, not part of what the state is.
    static func == (a: SearchMemo, b: SearchMemo) -> Bool { true }
}

/// The whole state of the dashboard. Changes only through `update(_:_:)`.
public struct AppState: Equatable, Sendable {
    public var summary: Summary {
        didSet { contentVersion = ContentVersion.next() }
    }
    /// The years one can step through: from the first year with data up to the peildatum's year.
    public var years: ClosedRange<Int>
    public var year: Int
    public var screen: Screen = .overview
    /// Index of the selected tile in `parameters`.
    public var selected: Int = 0
    /// First visible line of the detail screen.
    public var scroll: Int = 0
    public var showHelp = false
    /// First visible line of the help screen.
    public var helpScroll: Int = 0
    public var language: Language
    public var width: Int
    public var height: Int
    public var panel: MessagePanel?
    /// A one-line notice in the footer until the next key (e.g. "Gegevens opnieuw geladen").
    public var notice: String?
    /// The dashboards that Tab cycles through (panel order, titles, thresholds); empty: the seven
    /// parameters as they are.
    public var dashboards: [Dashboard] = []
    public var dashboardIndex: Int = 0
    public var glyphs: Glyphs
    public var isRunning = true
    /// The griffie's archive: the earlier snapshot and the comparison with it (issue 12).
    public var archive: ArchiveView? = nil {
        didSet { contentVersion = ContentVersion.next() }
    }
    /// The search in the scrolling screen in front, if any (`/`).
    public var search: Search? = nil
    /// Renewed whenever the figures change (a reload, another year, the archive), so that the
    /// cached text is built again. A new number from `ContentVersion`, never used before in this
    /// process: two copies of a state that each get other figures never share a version, so
    /// the memos they share (`QuestionMemo`, `SearchMemo`) cannot mix them up.
    var contentVersion = 0
    var content = ContentCache()
    let questionMemo = QuestionMemo()
    let searchMemo = SearchMemo()

    /// The questions the figures raise (`Questions.evaluate`), evaluated once per figures and
    /// language.
    public var questions: [Question] {
        questionMemo.questions(version: contentVersion, language: language) { Questions.evaluate(summary, language: language) }
    }

    /// Starts evaluating `questions` on another thread (see `QuestionMemo.prefetch`).
    func prefetchQuestions() {
        let summary = self.summary, language = self.language
        questionMemo.prefetch(version: contentVersion, language: language) { Questions.evaluate(summary, language: language) }
    }

    public init(
        summary: Summary, years: ClosedRange<Int>? = nil, language: Language = .nl,
        width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode, dashboards: [Dashboard] = [],
        dashboardIndex: Int = 0
    ) {
        self.summary = summary
        self.year = summary.jaar
        // The dataset's selectable years, always including the summary's own year.
        self.years = years ?? min(summary.jaren.lowerBound, summary.jaar)...max(summary.jaren.upperBound, summary.jaar)
        self.language = language
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.dashboards = dashboards
        self.dashboardIndex = dashboards.isEmpty ? 0 : max(0, min(dashboardIndex, dashboards.count - 1))
    }

    /// The dashboard in front, or `nil` for the plain seven parameters.
    public var dashboard: Dashboard? { dashboards.isEmpty ? nil : dashboards[dashboardIndex] }

    /// The parameters in tile order.
    public var parameters: [ParameterID] {
        let ids = dashboard?.panels.map(\.parameter) ?? ParameterID.allCases
        return ids.isEmpty ? ParameterID.allCases : ids
    }

    public var selectedParameter: ParameterID { parameters[max(0, min(selected, parameters.count - 1))] }

    public var strings: UIStrings { UIStrings.for(language) }
}

/// Folds text for a search as numbers (see `SearchMemo`), for one thread: it remembers the
/// folding of each non-ASCII scalar it met (a table's € and ✔ come back every row).
final class SearchFolder {
    private let clusters: SearchMemo.Clusters
    private var codes: [UInt32: UInt32] = [:]
    private var last: (value: UInt32, code: UInt32) = (0, 0)

    init(_ clusters: SearchMemo.Clusters) { self.clusters = clusters }

    /// `text` folded: ASCII by its bytes; simple text (`DisplayWidth.isSimple`: every character
    /// one scalar) by its scalars; any other text character by character.
    func fold(_ text: String) -> [UInt32] {
        if let ascii = SearchText.foldedASCII(text) { return ascii }
        let simple = DisplayWidth.withScalarValues(text) { values -> [UInt32]? in
            var codes: [UInt32] = []
            while let value = values.next() {
                guard DisplayWidth.isSimple(value) else { return nil }
                codes.append(value)
            }
            return codes
        }
        return simple?.map(fold(scalar:)) ?? SearchText.fold(text).map(clusters.code)
    }

    /// A simple scalar (a character of its own) folded, each non-ASCII one through Foundation once.
    func fold(scalar value: UInt32) -> UInt32 {
        if value < 0x80 { return UInt32(SearchText.foldASCII(UInt8(value))) }
        if value == last.value { return last.code }
        let n: UInt32
        if let known = codes[value] {
            n = known
        } else {
            n = Unicode.Scalar(value).map { clusters.code(SearchText.fold(Character($0))) } ?? value
            codes[value] = n
        }
        last = (value, n)
        return n
    }
}
