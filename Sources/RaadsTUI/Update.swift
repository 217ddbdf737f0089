import RaadsMetrics

/// The one place where the state changes: takes an event, returns the new state and the commands
/// the runner must carry out. Pure, so tests send keys and compare states.
public func update(_ state: AppState, _ event: Event) -> (AppState, [Command]) {
    var s = state
    var commands: [Command] = []
    switch event {
    case .resize(let width, let height):
        s.width = max(0, width)
        s.height = max(0, height)
        s.clampScroll()
    case .loaded(let summary, let years):
        s.summary = summary
        s.years = years
        s.year = summary.jaar
        s.clampScroll()
    case .notice(let text):
        s.notice = text
    case .loadFailed(let messages):
        s.panel = MessagePanel(title: s.strings.reloadFailed, lines: messages, isError: true)
    case .click(let x, let y):
        s.notice = nil
        if s.panel != nil {
            s.panel = nil
        } else if !s.showHelp, s.screen == .overview, !s.layout.isTooSmall,
            let index = s.layout.tile(atX: x, y: y, selected: s.overviewSelection)
        {
            s.selected = index
            s.open()
        }
    case .key(let key):
        commands = s.handle(key)
    }
    return (s, commands)
}

extension AppState {
    /// The layout of the overview at the current size.
    public var layout: Layout { Layout(width: width, height: height, count: parameters.count) }

    /// The selection, clamped to the tiles that exist.
    var overviewSelection: Int { max(0, min(selected, parameters.count - 1)) }

    /// Largest useful scroll offset of the detail screen.
    public var maxScroll: Int {
        screen == .overview ? 0 : max(0, scrollLines.count - layout.scrollViewport)
    }

    /// The lines of the scrolling screen in front (detail or questions).
    var scrollLines: [StyledLine] {
        switch screen {
        case .overview: []
        case .detail: DetailView.lines(for: self)
        case .questions: QuestionsView.lines(for: self)
        case .comparison: ComparisonView.lines(for: self)
        }
    }

    public var maxHelpScroll: Int {
        max(0, HelpView.lines(for: self).count - layout.scrollViewport)
    }

    mutating func clampScroll() {
        scroll = max(0, min(scroll, maxScroll))
        helpScroll = max(0, min(helpScroll, maxHelpScroll))
    }

    mutating func open() {
        screen = .detail(selectedParameter)
        scroll = 0
    }

    /// Steps the selected year by `delta` within `years`; asks for the figures of the new year.
    mutating func stepYear(_ delta: Int) -> [Command] {
        let target = max(years.lowerBound, min(years.upperBound, year + delta))
        guard target != year else { return [] }
        year = target
        return [.computeYear(target)]
    }

    mutating func handle(_ key: Key) -> [Command] {
        notice = nil
        if key == .interrupt || key == .character("q") || key == .character("Q") {
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
            return []
        case .character("t"), .character("T"):
            language = language == .nl ? .en : .nl
            clampScroll()
            return []
        case .character("r"), .character("R"):
            return [.reload(year: year)]
        case .tab, .backTab:
            guard dashboards.count > 1 else { return [] }
            let n = dashboards.count
            dashboardIndex = (dashboardIndex + (key == .tab ? 1 : n - 1)) % n
            screen = .overview
            selected = 0
            scroll = 0
            return [.selectDashboard(dashboards[dashboardIndex].name)]
        default:
            break
        }
        if showHelp {
            if let offset = scrolled(helpScroll, by: key, limit: maxHelpScroll) {
                helpScroll = offset
            } else if key == .escape || key == .backspace || key == .enter {
                showHelp = false
            }
            return []
        }
        switch key {
        case .character("["): return stepYear(-1)
        case .character("]"): return stepYear(+1)
        default: break
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
        case .left: return stepYear(-1)
        case .right: return stepYear(+1)
        case .up, .character("k"):
            if selected - cols >= 0 { selected -= cols }
        case .down, .character("j"):
            if selected + cols < count {
                selected += cols
            } else if selected / cols < (count - 1) / cols {
                selected = count - 1
            }
        case .character("h"):
            selected = max(0, selected - 1)
        case .character("l"):
            selected = min(count - 1, selected + 1)
        case .home: selected = 0
        case .end: selected = count - 1
        case .enter, .character(" "):
            open()
        case .character("v"), .character("V"):
            screen = .questions
            scroll = 0
        case .character("a"), .character("A"):
            screen = .comparison
            scroll = 0
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
            screen = .overview
            scroll = 0
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
            screen = .overview
            scroll = 0
        default: break
        }
        scroll = max(0, min(scroll, maxScroll))
    }
}
