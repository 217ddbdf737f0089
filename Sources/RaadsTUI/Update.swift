import RaadsMetrics

/// The one place where the state changes: takes an event, returns the new state and the commands
/// the runner must carry out. Pure, so tests send keys and compare states.
public func update(_ state: AppState, _ event: Event) -> (AppState, [Command]) {
    var s = state
    var commands: [Command] = []
    // The text of the scrolling screen is built only when what it depends on changed.
    s.refreshContent()
    switch event {
    case .resize(let width, let height):
        s.width = max(0, width)
        s.height = max(0, height)
        s.refreshContent()
        s.clampScroll()
    case .loaded(let summary, let years):
        s.summary = summary
        s.years = years
        s.year = summary.jaar
        s.contentVersion = ContentVersion.next()
        s.refreshContent()
        s.clampScroll()
        s.research()
    case .notice(let text):
        s.notice = text
    case .loadFailed(let messages):
        s.panel = MessagePanel(title: s.strings.reloadFailed, lines: messages, isError: true)
    case .click(let x, let y):
        commands = s.click(x: x, y: y)
    case .wheel(let delta):
        s.wheel(delta)
    case .key(let key):
        commands = s.handle(key)
    }
    s.refreshContent()
    return (s, commands)
}

extension AppState {
    /// The layout of the overview at the current size.
    public var layout: Layout {
        // The griffie's strip sits above the tiles of the overview only.
        let strip = screen == .overview && !showHelp && GriffieView.isShown(self) ? GriffieView.rows(height: height) : 0
        return Layout(width: width, height: height, count: parameters.count, top: strip)
    }

    /// The selection, clamped to the tiles that exist.
    var overviewSelection: Int { max(0, min(selected, parameters.count - 1)) }

    /// What the scrolling text in front depends on.
    var contentKey: ContentKey {
        ContentKey(
            screen: screen, help: showHelp, year: year, language: language, width: width,
            dashboardIndex: dashboardIndex, selected: selected, unicode: glyphs.unicode, version: contentVersion)
    }

    /// Builds the lines of the scrolling screen in front (help, detail, questions, comparison).
    func buildLines() -> ScrollLines {
        if showHelp { return ScrollLines(HelpView.lines(for: self)) }
        switch screen {
        case .overview: return []
        case .detail: return DetailView.lines(for: self)
        case .questions: return QuestionsView.lines(for: self)
        case .comparison: return ScrollLines(ComparisonView.lines(for: self))
        }
    }

    /// Rebuilds the cached lines when their inputs changed; otherwise does nothing.
    mutating func refreshContent() {
        let key = contentKey
        guard content.key != key else { return }
        content.keep(key, content.lines(for: key) ?? buildLines())
    }

    /// The lines of the scrolling screen in front: the cached ones when they are current.
    var contentLines: ScrollLines {
        content.lines(for: contentKey) ?? buildLines()
    }

    /// The lines of the scrolling screen behind the help (detail or questions).
    var scrollLines: ScrollLines {
        guard showHelp else { return contentLines }
        var s = self
        s.showHelp = false
        return s.contentLines
    }

    /// Largest useful scroll offset of the screen in front (help or detail).
    public var maxScroll: Int {
        screen == .overview && !showHelp ? 0 : max(0, contentLines.count - layout.scrollViewport)
    }

    public var maxHelpScroll: Int { showHelp ? maxScroll : 0 }

    /// Clamps the offset of the screen in front; the other one is clamped when drawn and again
    /// when it comes to the front.
    mutating func clampScroll() {
        if showHelp {
            helpScroll = max(0, min(helpScroll, maxScroll))
        } else {
            scroll = max(0, min(scroll, maxScroll))
        }
    }

    mutating func open() {
        screen = .detail(selectedParameter)
        scroll = 0
        search = nil
    }

    /// Back to the overview from any screen.
    mutating func backToOverview() {
        screen = .overview
        scroll = 0
        search = nil
    }

    /// Whether the screen in front is one of scrolling text that `/` searches.
    var isSearchable: Bool { !showHelp && screen != .overview && panel == nil }

    /// Steps the selected year by `delta` within `years`; asks for the figures of the new year.
    mutating func stepYear(_ delta: Int) -> [Command] {
        let target = max(years.lowerBound, min(years.upperBound, year + delta))
        guard target != year else { return [] }
        year = target
        return [.computeYear(target)]
    }

    mutating func handle(_ key: Key) -> [Command] {
        notice = nil
        if key == .interrupt {
            isRunning = false
            return [.quit]
        }
        // While a search is typed, every printable key is part of the text (also q).
        if let current = search, current.editing, isSearchable {
            typeSearch(key, current)
            return []
        }
        if key == .character("q") || key == .character("Q") {
            isRunning = false
            return [.quit]
        }
        if panel != nil {
            panel = nil
            return []
        }
        switch key {
        case .character("?"):
            showHelp.toggle()
            helpScroll = 0
            refreshContent()
            clampScroll()
            return []
        case .character("t"), .character("T"):
            language = language == .nl ? .en : .nl
            refreshContent()
            clampScroll()
            research()
            return []
        case .character("r"), .character("R"):
            return [.reload(year: year)]
        case .tab, .backTab:
            guard dashboards.count > 1 else { return [] }
            let n = dashboards.count
            dashboardIndex = (dashboardIndex + (key == .tab ? 1 : n - 1)) % n
            selected = 0
            backToOverview()
            return []
        default:
            break
        }
        if showHelp {
            if let offset = scrolled(helpScroll, by: key, limit: maxScroll) {
                helpScroll = offset
            } else if key == .escape || key == .backspace || key == .enter {
                showHelp = false
            }
            return []
        }
        // One meaning everywhere: [ ] change the year, ← → (h l) move between tiles/parameters.
        switch key {
        case .character("["): return stepYear(-1)
        case .character("]"): return stepYear(+1)
        default: break
        }
        if isSearchable {
            switch key {
            case .character("/"):
                search = Search(query: "", editing: true, line: nil)
                return []
            case .character("n") where search != nil:
                nextMatch(forward: true)
                return []
            case .character("N") where search != nil:
                nextMatch(forward: false)
                return []
            case .escape where search != nil, .backspace where search != nil:
                search = nil
                return []
            default: break
            }
        }
        switch screen {
        case .overview:
            return handleOverview(key)
        case .detail:
            handleDetail(key)
            return []
        case .questions:
            handleQuestions(key)
            return []
        case .comparison:
            handleComparison(key)
            return []
        }
    }

    mutating func handleOverview(_ key: Key) -> [Command] {
        let count = parameters.count
        let cols = layout.mode == .grid ? layout.columns : 1
        selected = overviewSelection
        switch key {
        case .up, .character("k"):
            if selected - cols >= 0 { selected -= cols }
        case .down, .character("j"):
            if selected + cols < count {
                selected += cols
            } else if selected / cols < (count - 1) / cols {
                selected = count - 1
            }
        case .left, .character("h"):
            selected = max(0, selected - 1)
        case .right, .character("l"):
            selected = min(count - 1, selected + 1)
        case .home: selected = 0
        case .end: selected = count - 1
        case .enter, .character(" "):
            open()
        case .character("v"), .character("V"):
            screen = .questions
            scroll = 0
            search = nil
        case .character("a"), .character("A"):
            screen = .comparison
            scroll = 0
            search = nil
        default: break
        }
        return []
    }

    /// Scrolling keys shared by the detail and questions screens; true when the key was one.
    mutating func scrollKey(_ key: Key) -> Bool {
        guard let offset = scrolled(scroll, by: key, limit: maxScroll) else { return false }
        scroll = offset
        return true
    }

    /// The offset a scrolling key leads to, within `0...limit`; `nil` when the key does not scroll.
    func scrolled(_ offset: Int, by key: Key, limit: Int) -> Int? {
        let page = max(1, layout.scrollViewport - 1)
        let next: Int
        switch key {
        case .up, .character("k"): next = offset - 1
        case .down, .character("j"): next = offset + 1
        case .pageUp: next = offset - page
        case .pageDown, .character(" "): next = offset + page
        case .home: next = 0
        case .end: next = limit
        default: return nil
        }
        return max(0, min(next, limit))
    }

    mutating func handleQuestions(_ key: Key) {
        if scrollKey(key) { return }
        if key == .escape || key == .backspace || key == .character("v") || key == .character("V") {
            backToOverview()
        }
    }

    mutating func handleDetail(_ key: Key) {
        if scrollKey(key) { return }
        switch key {
        case .left, .character("h"):
            selected = (overviewSelection + parameters.count - 1) % parameters.count
            open()
        case .right, .character("l"):
            selected = (overviewSelection + 1) % parameters.count
            open()
        case .escape, .backspace:
            backToOverview()
        default: break
        }
        refreshContent()
        scroll = max(0, min(scroll, maxScroll))
    }
}
