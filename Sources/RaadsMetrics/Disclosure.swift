/// A breakdown of persons after disclosure control (data contract §5 "Privacy"): the cells that
/// may be shown, and the merged group of the others. A grouped cell's name and count never leave
/// the metrics layer, so no screen, export or JSON can show or name it.
public struct GroupedBreakdown: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        public var name: String
        /// Distinct persons in the cell.
        public var personen: Int
        /// Banen of the cell (`nil` for breakdowns without hours, such as `per_soort`).
        public var banen: Double?
        public init(name: String, personen: Int, banen: Double?) {
            self.name = name
            self.personen = personen
            self.banen = banen
        }
    }

    /// The cells that may be shown, in the breakdown's order.
    public var shown: [Cell]
    /// The merged group (`…_overig`): the sum of its cells' persons (a person in two grouped
    /// cells counts twice) and banen; `nil` when no cell is small. Its `name` is `"overig"`.
    public var overig: Cell?

    public init(shown: [Cell], overig: Cell?) {
        self.shown = shown
        self.overig = overig
    }

    /// True when every cell is in the group: only the total may be shown.
    public var isFullyGrouped: Bool { shown.isEmpty && overig != nil }
    public var names: [String] { shown.map(\.name) }
    public subscript(name: String) -> Cell? { shown.first { $0.name == name } }
}

/// The one implementation of the disclosure rule of contract §5 (v1.2). Every protected
/// breakdown (`per_afdeling`, `per_doelgroep`, `per_soort`) is built here and nowhere else.
enum Disclosure {
    /// A cell before protection.
    struct RawCell {
        var name: String
        var personen: Int
        var banen: Double?
    }

    /// Extra rules of `per_soort` (§5 steps 3 and 4).
    struct FixedNames {
        /// The cell that joins only when no other is left (`vast`).
        var joinsLast: String
        /// When this cell (`proefplaatsing`) is in the group, cells keep joining while the
        /// group's count minus `lowerBound` is below m.
        var boundedCell: String?
        var lowerBound: Int
    }

    /// Protects one breakdown. `cells` are in display order; with `fixed`, zero cells are part
    /// of the breakdown (all four soorten) and join the group once any cell is small.
    static func protect(_ cells: [RawCell], minCellSize m: Int, fixed: FixedNames? = nil) -> GroupedBreakdown {
        func isSmall(_ c: RawCell) -> Bool { c.personen >= 1 && c.personen < m }
        guard cells.contains(where: isSmall) else {
            return GroupedBreakdown(shown: cells.map { .init(name: $0.name, personen: $0.personen, banen: $0.banen) }, overig: nil)
        }
        var grouped = Set<String>()
        for c in cells where isSmall(c) || (fixed != nil && c.personen == 0) { grouped.insert(c.name) }

        func groupCount() -> Int { cells.filter { grouped.contains($0.name) }.reduce(0) { $0 + $1.personen } }
        func mustGrow(joinedOnce: Bool) -> Bool {
            if !joinedOnce { return true }
            let s = groupCount()
            if s < m { return true }
            if let fixed, let bounded = fixed.boundedCell, grouped.contains(bounded), s - fixed.lowerBound < m { return true }
            return false
        }
        var joinedOnce = false
        while mustGrow(joinedOnce: joinedOnce) {
            var candidates = cells.filter { !grouped.contains($0.name) }
            if candidates.isEmpty { break }
            if let last = fixed?.joinsLast, candidates.contains(where: { $0.name != last }) {
                candidates.removeAll { $0.name == last }
            }
            let fewest = candidates.map(\.personen).min()!
            // Ties join together: no name order decides which is shown.
            for c in candidates where c.personen == fewest { grouped.insert(c.name) }
            joinedOnce = true
        }
        let members = cells.filter { grouped.contains($0.name) }
        let banen: Double? = members.contains { $0.banen != nil } ? members.reduce(0) { $0 + ($1.banen ?? 0) } : nil
        return GroupedBreakdown(
            shown: cells.filter { !grouped.contains($0.name) }.map { .init(name: $0.name, personen: $0.personen, banen: $0.banen) },
            overig: .init(name: "overig", personen: members.reduce(0) { $0 + $1.personen }, banen: banen)
        )
    }

    /// `true` when a count of persons is a small group (1 … m − 1) that must not be shown.
    static func isSmall(_ n: Int, minCellSize m: Int) -> Bool { n >= 1 && n < m }

    /// A two-way split (`bovenformatief`): shown only when neither the part nor the rest of
    /// `total` is a small group.
    static func split(part n: Int, banen: Double, total: Int, minCellSize m: Int) -> TwoWaySplit {
        if isSmall(n, minCellSize: m) || (n > 0 && isSmall(total - n, minCellSize: m)) {
            return TwoWaySplit(personen: nil, banen: nil)
        }
        return TwoWaySplit(personen: n, banen: banen)
    }

    /// The flow from trial placement to contract: `doorstroom` itself is a published count, so
    /// the number of ended trial placements is shown only when neither it nor the persons who
    /// did not move on (`ended − movedOn`) is a small group.
    static func flow(ended: Int, movedOn: Int, minCellSize m: Int) -> FlowShare {
        if ended == 0 { return FlowShare(beeindigd: 0, doorstroomPct: nil) }
        if isSmall(ended, minCellSize: m) || isSmall(ended - movedOn, minCellSize: m) {
            return FlowShare(beeindigd: nil, doorstroomPct: nil)
        }
        return FlowShare(beeindigd: ended, doorstroomPct: Double(movedOn) / Double(ended) * 100)
    }

    /// Retention (`behoud`): `behouden` and the share only when instroom, behouden and the
    /// leavers are each 0 or at least m.
    static func retention(instroom: Int, behouden: Int, minCellSize m: Int) -> Retention {
        if instroom == 0 { return Retention(instroom: 0, behouden: 0, behoudPct: nil) }
        if isSmall(instroom, minCellSize: m) || isSmall(behouden, minCellSize: m) || isSmall(instroom - behouden, minCellSize: m) {
            return Retention(instroom: instroom, behouden: nil, behoudPct: nil)
        }
        return Retention(instroom: instroom, behouden: behouden, behoudPct: Double(behouden) / Double(instroom) * 100)
    }
}
