import RaadsMetrics

/// One point of a parameter's yearly series.
public struct SeriesPoint: Equatable, Sendable {
    public var jaar: Int
    public var waarde: Double?
    public var doel: Double?
    public var gedeeltelijk: Bool
    public init(jaar: Int, waarde: Double?, doel: Double?, gedeeltelijk: Bool) {
        self.jaar = jaar
        self.waarde = waarde
        self.doel = doel
        self.gedeeltelijk = gedeeltelijk
    }
}

/// What a tile on the overview shows for one parameter, already worded and formatted.
public struct Tile: Equatable, Sendable {
    public var id: ParameterID
    public var title: String
    /// Headline value with its unit (`33,7 fte`), or `geen gegevens`.
    public var valueText: String
    /// Target and who set it (`doel 34,6 fte · ambtelijk`), or a secondary figure.
    public var targetText: String?
    public var status: Status
    /// The status in words; usually `status.word`, `geen doel` when a value has no target.
    public var statusText: String
    /// Value / target (may exceed 1); `nil` when either is missing.
    public var progress: Double?
    public var series: [SeriesPoint]
    /// Why figures are missing, or the one caveat that matters most.
    public var note: String?
    /// The selected year's figures are for part of the year only.
    public var partialYear: Bool
    /// A key figure from kengetallen.csv chosen by the dashboard (`sebo_keurmerken: 56 (30-6-2019)`).
    public var keyFigure: String? = nil
    /// The change since the archive's earlier snapshot (`+3,0 sinds 12-03`), set by
    /// `Presenter.withChanges`; `nil` without an archive (issue 12).
    public var change: String? = nil
    /// Why the chart is drawn in another unit than the rows (the quota's targets in banen, fte
    /// and personen in different years: the chart shows banen); `nil` when it is not.
    public var chartNote: String? = nil
}

/// A table of a detail view or an export.
public struct Table: Equatable, Sendable {
    /// One column: its header and what its cells hold, set where the table is built. The kind
    /// decides the alignment on the screen and in both exports, so a word in a column of figures
    /// ("afgeschermd", "niet getoond", "–") lines up with the figures.
    public struct Column: Equatable, Sendable {
        public enum Kind: Sendable {
            /// Words, names, statuses: left-aligned.
            case text
            /// Counts, amounts, percentages (also with a word: "3 (1 cijfers)", "geen uitgaven"): right-aligned.
            case number
            /// Dates: right-aligned like figures (`17-06-2019`; in English the years line up).
            case date
        }

        public var title: String
        public var kind: Kind
        public init(_ title: String, _ kind: Kind) {
            self.title = title
            self.kind = kind
        }

        public static func text(_ title: String) -> Column { Column(title, .text) }
        public static func number(_ title: String) -> Column { Column(title, .number) }
        public static func date(_ title: String) -> Column { Column(title, .date) }
    }

    /// Stable key a dashboard file uses to pick breakdowns (`per_afdeling`, `per_contract`, …).
    public var key: String
    public var title: String
    public var columns: [Column]
    public var rows: [[String]]
    public var note: String?

    /// The columns' headers.
    public var headers: [String] { columns.map(\.title) }

    /// Whether the cells of column `c` are right-aligned: figures and dates are, except in the
    /// first column, which is the header of its row (a year, a name) and is always left-aligned.
    public func alignsRight(_ c: Int) -> Bool { Table.alignsRight(c, columns) }

    static func alignsRight(_ c: Int, _ columns: [Column]) -> Bool { c > 0 && c < columns.count && columns[c].kind != .text }

    public init(key: String = "", title: String, columns: [Column], rows: [[String]], note: String? = nil) {
        self.key = key
        self.title = title
        self.columns = columns
        self.rows = rows
        self.note = note
    }
}

/// Everything the detail screen (and the export) shows for one parameter.
public struct Detail: Equatable, Sendable {
    public var tile: Tile
    /// What the figure means, in plain language (paragraphs).
    public var meaning: [String]
    public var seriesTable: Table
    public var breakdowns: [Table]
    /// Remarks that change how to read the figure.
    public var caveats: [String]
    public var sources: [String]
    public var warnings: [Diagnostic]
}
