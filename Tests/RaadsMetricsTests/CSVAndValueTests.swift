import Testing
@testable import RaadsMetrics
import CScan

@Suite struct ValueParserTests {
    @Test(arguments: [
        ("27,4", 27.4), ("153.000", 153_000), ("1.234,56", 1234.56), ("1234,5", 1234.5), ("0", 0), ("12.345.678", 12_345_678),
    ])
    func dutchNumbers(raw: String, value: Double) {
        #expect(ValueParser.number(raw, decimalComma: true, amount: false) == value)
    }

    @Test(arguments: ["25.5", "1.5", "1.23,4", ",5", "27,", "1,2,3", "twintig", "1 000", "1.2345", "€ 5"])
    func badDutchNumbers(raw: String) {
        #expect(ValueParser.number(raw, decimalComma: true, amount: false) == nil)
    }

    /// In a `,` file a number is `-?digits(.digits)?` and has the value Swift's `Double` reads
    /// from that text, however it is parsed (issue 9 added a path for plain amounts).
    @Test func pointNumbersAgreeWithDoubleOnRandomTexts() {
        var rng = DisclosureAttackTests.Random(state: 23)
        let alphabet = Array("0123456789.0123456789-a ")
        for _ in 0..<50000 {
            let text = String((0..<Int(rng.next() % 20)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            let body = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            let parts = body.split(separator: ".", omittingEmptySubsequences: false)
            let wellFormed = (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
            let expected = wellFormed ? Double(text) : nil
            #expect(ValueParser.number(text, decimalComma: false, amount: false) == expected, "\(text)")
        }
    }

    @Test func commaFilesUseAPointWithoutGrouping() {
        #expect(ValueParser.number("25.5", decimalComma: false, amount: false) == 25.5)
        #expect(ValueParser.number("153000", decimalComma: false, amount: false) == 153_000)
        #expect(ValueParser.number("153.000.0", decimalComma: false, amount: false) == nil)
        #expect(ValueParser.number("1,5", decimalComma: false, amount: false) == nil)
    }

    @Test func amountsMayCarryAEuroSign() {
        #expect(ValueParser.number("€ 153.000", decimalComma: true, amount: true) == 153_000)
        #expect(ValueParser.number("€153.000,50", decimalComma: true, amount: true) == 153_000.5)
        #expect(ValueParser.number("€ 2300.5", decimalComma: false, amount: true) == 2300.5)
        #expect(ValueParser.number("153.000 €", decimalComma: true, amount: true) == nil)
    }

    @Test func years() {
        #expect(ValueParser.year("2020") == 2020)
        #expect(ValueParser.year("1900") == 1900)
        #expect(ValueParser.year("2100") == 2100)
        #expect(ValueParser.year("1899") == nil)
        #expect(ValueParser.year("2101") == nil)
        #expect(ValueParser.year("20") == nil)
        #expect(ValueParser.year("2020.0") == nil)
    }

    @Test func datesInBothFormsAndLeapYears() {
        #expect(ValueParser.date("2024-07-01") == .day(Day(year: 2024, month: 7, day: 1)!))
        #expect(ValueParser.date("1-7-2024") == .day(Day(year: 2024, month: 7, day: 1)!))
        #expect(ValueParser.date("01-07-2024") == .day(Day(year: 2024, month: 7, day: 1)!))
        #expect(ValueParser.date("2024-02-29") == .day(Day(year: 2024, month: 2, day: 29)!))
        #expect(ValueParser.date("2023-02-29") == .impossible)
        #expect(ValueParser.date("29-2-1900") == .impossible)
        #expect(ValueParser.date("29-2-2000") == .day(Day(year: 2000, month: 2, day: 29)!))
        #expect(ValueParser.date("2024-7-1") == .malformed)
        #expect(ValueParser.date("2024/07/01") == .malformed)
        #expect(ValueParser.date("1-7-24") == .malformed)
    }

    /// The fixed-place reader of `JJJJ-MM-DD` (issue 9) gives what the digit-by-digit reader
    /// gives, on every 10-byte text built from digits, dashes and a few other bytes at random
    /// and on every day of 1900–2100 and the impossible ones around them.
    @Test func isoDateFastPathAgreesWithGeneralReader() {
        func both(_ text: [UInt8]) -> (ValueParser.DateResult?, ValueParser.DateResult) {
            text.withUnsafeBufferPointer { (ValueParser.isoDate($0), ValueParser.anyDate($0)) }
        }
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789-0123456789-/: a".utf8)
        for _ in 0..<200_000 {
            var text = (0..<10).map { _ in alphabet.randomElement(using: &rng)! }
            if Bool.random(using: &rng) { (text[4], text[7]) = (0x2D, 0x2D) }
            let (fast, general) = both(text)
            if let fast { #expect(fast == general, "\(String(decoding: text, as: UTF8.self))") }
        }
        for y in [1899, 1900, 1999, 2000, 2023, 2024, 2100, 2101, 9999] {
            for m in 0...13 {
                for d in 0...32 {
                    func pad(_ x: Int, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(x).count)) + String(x) }
                    let text = Array("\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))".utf8)
                    let (fast, general) = both(text)
                    #expect(fast == general, "\(y)-\(m)-\(d)")
                }
            }
        }
    }

    @Test func booleans() {
        for t in ["ja", "J", "TRUE", "yes", "1"] { #expect(ValueParser.bool(t) == true) }
        for f in ["nee", "n", "False", "NO", "0"] { #expect(ValueParser.bool(f) == false) }
        #expect(ValueParser.bool("misschien") == nil)
    }

    @Test func bsnElevenTest() {
        #expect(ValueParser.looksLikeBSN("111222333"))
        #expect(ValueParser.looksLikeBSN("123456782"))
        #expect(!ValueParser.looksLikeBSN("123456789"))
        #expect(!ValueParser.looksLikeBSN("11122233"))
        #expect(!ValueParser.looksLikeBSN("ZM-P001"))
    }

    @Test func dayArithmetic() {
        let d = Day(year: 2020, month: 12, day: 31)!
        #expect(d.description == "2020-12-31")
        #expect(d.dutch == "31-12-2020")
        #expect(Day.lastOfYear(2020) - Day.firstOfYear(2020) + 1 == 366)
        #expect(Day.lastOfYear(2021) - Day.firstOfYear(2021) + 1 == 365)
        #expect(Day(year: 1900, month: 1, day: 1)!.components == (1900, 1, 1))
    }
}

@Suite struct CSVReaderTests {
    func read(_ text: String) -> (CSVFile?, [String]) {
        let (f, d) = CSVReader.read(name: "x.csv", bytes: Array(text.utf8))
        return (f, d.map(\.description))
    }

    @Test func detectsTheDelimiterFromTheHeader() {
        #expect(read("a;b\n1;2\n").0?.delimiter == ";")
        #expect(read("a,b\n1,2\n").0?.delimiter == ",")
        #expect(read("\"a;x\",b\n1,2\n").0?.delimiter == ",", "a ; inside quotes does not count")
    }

    /// The loader's own UTF-8 check (issue 9) accepts exactly what Swift's validation accepts:
    /// every sequence of up to four bytes from the interesting ranges, and random lines.
    @Test func utf8CheckAgreesWithSwiftsValidation() {
        func agree(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer { CSVReader.isValidUTF8($0) == (String(validating: $0, as: UTF8.self) != nil) }
        }
        let interesting: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5,
            0xFF,
        ]
        var failures = 0
        for a in interesting {
            for b in interesting {
                for c in interesting {
                    for d in [0x41, 0x80, 0xBF, 0xC2] as [UInt8] where !agree([a, b, c, d]) || !agree([a, b, c]) || !agree([a, b]) { failures += 1 }
                }
            }
        }
        var rng = DisclosureAttackTests.Random(state: 3)
        let pieces: [[UInt8]] = [
            Array("abc, 1.234,56;".utf8), Array("€".utf8), Array("é".utf8), Array("😀".utf8), [0xE2, 0x82], [0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xED, 0xA0, 0x80],
        ]
        for _ in 0..<20000 {
            var line: [UInt8] = []
            for _ in 0..<Int(rng.next() % 12) { line += pieces[Int(rng.next() % UInt64(pieces.count))] }
            if !agree(line) { failures += 1 }
        }
        #expect(failures == 0)
    }

    /// The prefetch hint of the prestaties fast path: the next line's field, or nothing (a
    /// quoted field, or fewer than sixteen bytes left in the file).
    @Test func theNextRecordsFieldIsFoundForAPrefetch() {
        let pad = String(repeating: "x", count: 20)
        let text = "id,contract,x\nS1,C1,\(pad)\r\nS2,C22,\(pad)\nS3,\"C3\",\(pad)\nS4,C4;5,\(pad)\nS5,C5\n"
        let sink = DiagnosticSink()
        var seen: [String?] = []
        CSVReader.read(name: "x.csv", bytes: Array(text.utf8), sink: sink, priorErrors: { false }) { _ in
            { store in seen.append(store.nextRecordField(1, delimiter: 0x2C).map { String(decoding: $0, as: UTF8.self) }) }
        }
        // After S1: C22; after S2: none (quoted); after S3: C4;5 (the other delimiter is part of
        // it); after S4 and S5: none (the end of the file is near).
        #expect(seen == ["C22", nil, "C4;5", nil, nil])
    }

    @Test func bomCrlfAndTrimming() throws {
        let (f, d) = read("\u{FEFF}Jaar ; Doel\r\n 2020 ; 27,4 \r\n")
        #expect(d.isEmpty)
        let file = try #require(f)
        #expect(file.header == ["jaar", "doel"])
        #expect(file.records.map(\.fields) == [["2020", "27,4"]])
    }

    @Test func quotedFieldsKeepDelimitersNewlinesAndQuotes() throws {
        let (f, _) = read("a;b\n\"x;y\";\"he said \"\"hi\"\"\"\n\"line1\nline2\";z\nlast;1\n")
        let file = try #require(f)
        #expect(file.records.map(\.fields) == [["x;y", "he said \"hi\""], ["line1\nline2", "z"], ["last", "1"]])
        #expect(file.records.map(\.line) == [2, 3, 5], "a record is reported at the line where it starts")
    }

    @Test func skipsBlankAndDelimiterOnlyLinesButCountsThem() throws {
        let (f, _) = read("a;b\n\n;;;;\n   \n1;2\n")
        #expect(try #require(f).records.map(\.line) == [5])
    }

    @Test func emptyFileIsAnError() {
        #expect(read("").1 == ["x.csv:1:1: error: bestand is leeg; de kopregel met kolomnamen ontbreekt"])
    }

    @Test func invalidUTF8IsAnErrorPerLine() {
        var bytes = Array("a;b\n1;".utf8) + [0xE9] + Array("\n2;ok\n3;".utf8) + [0xFF, 0xFE]
        bytes += Array("\n".utf8)
        let (f, d) = CSVReader.read(name: "x.csv", bytes: bytes)
        #expect(f == nil)
        #expect(
            d.map(\.description) == [
                "x.csv:2:1: error: regel bevat ongeldige UTF-8-tekens; sla het bestand op als \"CSV UTF-8\"",
                "x.csv:4:1: error: regel bevat ongeldige UTF-8-tekens; sla het bestand op als \"CSV UTF-8\"",
            ])
    }

    @Test func unterminatedQuote() {
        #expect(read("a;b\n1;\"open\n2;3\n").1 == ["x.csv:2:2: error: aanhalingsteken niet gesloten; het veld loopt door tot het einde van het bestand"])
    }

    @Test func textAfterAClosingQuote() {
        #expect(read("a;b\n\"x\"y;2\n").1 == ["x.csv:2:1: error: na het afsluitende aanhalingsteken wordt een scheidingsteken verwacht, gevonden: \"y\""])
    }
}

@Suite struct DayTableTests {
    @Test func theLoadersRangeIsTheYears1900To2100() {
        #expect(Day.first1900 == Day.firstOfYear(1900).number)
        #expect(Day.last2100 == Day.lastOfYear(2100).number)
        #expect(Day.firstOfYear(1900).isIn1900to2100 && Day.lastOfYear(2100).isIn1900to2100)
        #expect(!Day.lastOfYear(1899).isIn1900to2100 && !Day.firstOfYear(2101).isIn1900to2100)
    }

    @Test func theYearTableAgreesWithTheCalendar() {
        let yearOf = Day.yearLookup
        // Every day of the table, and days beyond both ends (computed, not looked up).
        for n in (Day.first1900 - 800)...(Day.last2100 + 800) {
            let day = Day(number: n)
            if yearOf(day) != day.year {
                Issue.record("day \(day): \(yearOf(day)) ≠ \(day.year)")
                return
            }
        }
    }
}

@Suite struct CSVWordSkipTests {
    /// The sixteen-byte classifier (SSE2 here) marks exactly the special bytes, as its plain
    /// loop does, for every byte value in every place.
    @Test func theClassifierMarksExactlyTheSpecialBytes() {
        let special: Set<UInt8> = [0x0A, 0x0D, 0x22, 0x2C, 0x3B]
        var block = [UInt8](repeating: 0x61, count: 16)
        for value in 0...255 {
            for place in 0..<16 {
                block[place] = UInt8(value)
                let expected: UInt32 = special.contains(UInt8(value)) ? 1 << UInt32(place) : 0
                let (fast, plain) = block.withUnsafeBufferPointer { (raads_specials16($0.baseAddress!), raads_specials16_scalar($0.baseAddress!)) }
                #expect(fast == expected && plain == expected, "\(value) at \(place)")
                block[place] = 0x61
            }
        }
    }

    /// The whole-file ASCII check counts line ends as a plain loop would, and says no for a
    /// byte from 0x80 anywhere (lengths around the sixteen-byte steps).
    @Test func theAsciiPassCountsLineEnds() {
        var rng = DisclosureAttackTests.Random(state: 17)
        for length in 0..<70 {
            for _ in 0..<20 {
                var bytes = (0..<length).map { _ in [0x0A, 0x61, 0x2C, 0x0D][Int(rng.next() % 4)] as UInt8 }
                if length > 0 && rng.next() % 3 == 0 { bytes[Int(rng.next() % UInt64(length))] = 0x80 | UInt8(rng.next() % 128) }
                var lines = -1
                let ascii = bytes.withUnsafeBufferPointer { raads_ascii_lines($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count, &lines) != 0 }
                #expect(ascii == bytes.allSatisfy { $0 < 0x80 })
                if ascii { #expect(lines == bytes.filter { $0 == 0x0A }.count) }
            }
        }
    }

    /// Random records of plain and quoted fields (delimiters, quotes and line breaks inside
    /// quotes, CRLF or LF, fields up to 40 bytes) read back as they were written.
    @Test func randomRecordsReadBackAsWritten() {
        var rng = DisclosureAttackTests.Random(state: 99)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let plainBytes = Array("abcXYZ0123456789-._/€é".unicodeScalars.map(String.init))
        let quotedBytes = plainBytes + [",", ";", "\"\"", "\n", "\r\n", " "]
        for round in 0..<300 {
            var text = "een,twee,drie\n"
            var expected: [[String]] = []
            for _ in 0..<(1 + pick(6)) {
                var fields: [String] = []
                var written: [String] = []
                for _ in 0..<3 {
                    if pick(4) == 0 {
                        var raw = "", value = ""
                        for _ in 0..<pick(30) {
                            let piece = quotedBytes[pick(quotedBytes.count)]
                            raw += piece
                            value += piece == "\"\"" ? "\"" : piece
                        }
                        written.append("\"" + raw + "\"")
                        fields.append(value.trimmingCharacters(in: .whitespacesAndNewlines))
                    } else {
                        let value = (0..<pick(40)).map { _ in plainBytes[pick(plainBytes.count)] }.joined()
                        written.append(value)
                        fields.append(value)
                    }
                }
                text += written.joined(separator: ",") + (pick(2) == 0 ? "\n" : "\r\n")
                if fields.contains(where: { !$0.isEmpty }) { expected.append(fields) }
            }
            let (file, diagnostics) = CSVReader.read(name: "t.csv", bytes: Array(text.utf8))
            #expect(diagnostics.isEmpty, "round \(round): \(diagnostics)")
            #expect(file?.records.map(\.fields) == expected, "round \(round): \(text.debugDescription)")
        }
    }

    /// The sixteen-bytes-at-a-time skip of the record loop finds the same field boundaries as a
    /// byte-by-byte reading, wherever a special byte falls in a block or in the last bytes.
    @Test func everyPositionOfEverySpecialByte() {
        for special in [",", "\n", "\"", ";", "\r\n"] {
            for position in 0..<40 {
                let plain = String(repeating: "a", count: position)
                let text = "kop,twee,drie\n" + plain + (special == "\"" ? "x\"y" : special) + "b,c\n"
                let (file, diagnostics) = CSVReader.read(name: "t.csv", bytes: Array(text.utf8))
                let expected: [[String]]
                switch special {
                case ",": expected = [[plain, "b", "c"]]
                case ";": expected = [[plain + ";b", "c"]]
                case "\"": expected = [[plain + "x\"yb", "c"]]
                default: expected = position == 0 ? [["b", "c"]] : [[plain], ["b", "c"]]  // a blank line is no record
                }
                #expect(file?.records.map(\.fields) == expected, "\(special.debugDescription) after \(position) bytes; \(diagnostics)")
            }
        }
    }
}
