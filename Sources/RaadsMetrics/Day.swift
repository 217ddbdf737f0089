/// A calendar day (proleptic Gregorian), stored as a day number so that periods and
/// overlaps are plain integer arithmetic.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let number: Int

    public init(number: Int) { self.number = number }

    /// Returns `nil` for impossible dates such as 2023-02-29.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysInMonth(year: year, month: month) else {
            return nil
        }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146097 + doe - 719468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }

    /// The numbers of 1900-01-01 and 2100-12-31, the loader's range of dates: a date is checked
    /// against them by its number, not its computed year.
    static let first1900 = -25567
    static let last2100 = 47846

    /// The day is in the years 1900 to 2100.
    var isIn1900to2100: Bool { number >= Day.first1900 && number <= Day.last2100 }

    /// `year`, by table for the days from `first1900` to `last2100` (issue 9: the index needs the
    /// year of a million prestaties). Fetch it once per loop: `let yearOf = Day.yearLookup`.
    static var yearLookup: YearLookup { YearLookup(table: yearTable) }

    /// `Day.yearLookup`: a plain value, called without a closure or reference counting.
    struct YearLookup {
        fileprivate let table: UnsafePointer<Int16>
        @inline(__always)
        func callAsFunction(_ day: Day) -> Int {
            let k = day.number &- Day.first1900
            return k >= 0 && k <= Day.last2100 - Day.first1900 ? Int(table[k]) : day.year
        }
    }

    /// `Day(year:month:day:)` for the years 1900–2100 by table, without the calendar
    /// arithmetic (issue 9: a million prestatie dates); other years by that initialiser.
    @inline(__always)
    static func fromTable(year: Int, month: Int, day: Int) -> Day? {
        let k = year &- 1900
        guard k >= 0 && k <= 200 else { return Day(year: year, month: month, day: day) }
        guard month >= 1 && month <= 12 && day >= 1 else { return nil }
        let info = Int(calendarTable[k])
        let leap = info & 1
        let extra = month == 2 ? leap : 0
        guard day <= Int(calendarTable[201 + month]) + extra else { return nil }
        return Day(number: (info >> 1) + Int(calendarTable[213 + month]) + (month > 2 ? leap : 0) + day - 1)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func firstOfYear(_ year: Int) -> Day { Day(year: year, month: 1, day: 1)! }
    public static func lastOfYear(_ year: Int) -> Day { Day(year: year, month: 12, day: 31)! }

    public func adding(days: Int) -> Day { Day(number: number + days) }

    public static func < (a: Day, b: Day) -> Bool { a.number < b.number }
    public static func - (a: Day, b: Day) -> Int { a.number - b.number }

    /// ISO form, `2020-12-31`.
    public var description: String {
        let c = components
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    /// Dutch form, `31-12-2020`, `01-06-2021`: the one form of every screen, export and message.
    public var dutch: String {
        let c = components
        guard (1...31).contains(c.day), (1...12).contains(c.month), (1000...9999).contains(c.year) else {
            return "\(pad(c.day, 2))-\(pad(c.month, 2))-\(c.year)"
        }
        // Ten ASCII bytes, the common case, without interpolation (issue 9: a regional questions
        // screen writes a date for each of thousands of contracts).
        func digit(_ n: Int) -> UInt8 { UInt8(ascii: "0") + UInt8(n % 10) }
        let dash = UInt8(ascii: "-")
        let bytes: [UInt8] = [
            digit(c.day / 10), digit(c.day), dash, digit(c.month / 10), digit(c.month), dash,
            digit(c.year / 1000), digit(c.year / 100), digit(c.year / 10), digit(c.year),
        ]
        return String(decoding: bytes, as: UTF8.self)
    }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// An inclusive range of days: the period `P(Y)` of the data contract.
public struct Period: Equatable, Sendable {
    public var start: Day
    public var end: Day
    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }
    public var days: Int { end - start + 1 }
    public func contains(_ d: Day) -> Bool { d >= start && d <= end }
    /// Days that `[from, to]` (to = nil: open-ended) shares with this period.
    public func overlap(from: Day, to: Day?) -> Int {
        let s = max(from, start)
        let e = min(to ?? end, end)
        return max(0, e - s + 1)
    }
}

/// `Day.fromTable`'s table, in memory that is never freed (a plain pointer: no reference
/// counting per look-up): per year 1900–2100 the number of its first day times two plus one
/// when it is a leap year; then at 202–213 the days of each month (February 28), at 214–225
/// the days before each month in a year that is not a leap year. Written once, when first
/// used (a global's initialisation runs once, thread-safely), then only read.
nonisolated(unsafe) private let calendarTable: UnsafePointer<Int32> = {
    let table = UnsafeMutablePointer<Int32>.allocate(capacity: 226)
    for y in 1900...2100 {
        table[y - 1900] = Int32(Day.firstOfYear(y).number * 2 + (Day.isLeapYear(y) ? 1 : 0))
    }
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    var before = 0
    for m in 1...12 {
        table[201 + m] = Int32(lengths[m - 1])
        table[213 + m] = Int32(before)
        before += lengths[m - 1]
    }
    return UnsafePointer(table)
}()

/// The year of each day from `Day.first1900` to `Day.last2100` (`Day.YearLookup`); written once,
/// when first used, then only read.
nonisolated(unsafe) private let yearTable: UnsafePointer<Int16> = {
    let table = UnsafeMutablePointer<Int16>.allocate(capacity: Day.last2100 - Day.first1900 + 1)
    var k = 0
    for y in 1900...2100 {
        let days = Day.firstOfYear(y + 1).number - Day.firstOfYear(y).number
        for _ in 0..<days {
            table[k] = Int16(y)
            k += 1
        }
    }
    return UnsafePointer(table)
}()
