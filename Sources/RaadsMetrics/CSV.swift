/// Reads a CSV file by the common rules of data contract §1: BOM, UTF-8 per line, delimiter
/// detection, RFC 4180 quoting, CRLF, blank-line skipping, trimming. Physical line numbers are
/// kept so that every diagnostic can name the line where a record starts.
struct CSVFile {
    struct Record {
        var line: Int
        /// The fields up to the header's width (all fields for the header itself).
        var fields: [String]
        /// Non-empty fields beyond the header's width: how many, and the first one's 1-based
        /// position. Their values are not kept (they may be personal data, and a hostile file
        /// of millions of them must not fill the memory).
        var extraCount = 0
        var firstExtra: Int?
        /// Times the other delimiter (`,` in a `;` file, `;` in a `,` file) occurs outside quotes.
        var otherDelimiters = 0

        init(line: Int, fields: [String], extraCount: Int = 0, firstExtra: Int? = nil, otherDelimiters: Int = 0) {
            self.line = line
            self.fields = fields
            self.extraCount = extraCount
            self.firstExtra = firstExtra
            self.otherDelimiters = otherDelimiters
        }

        var isBlank: Bool { extraCount == 0 && fields.allSatisfy(\.isEmpty) }
    }

    var name: String
    /// `;` or `,`.
    var delimiter: Character
    var header: [String]
    var headerLine: Int
    var records: [Record]

    /// Decimal comma and thousands dots (`;` files) or decimal point (`,` files).
    var usesDecimalComma: Bool { delimiter == ";" }
}

enum CSVReader {
    /// Reads a file, returning its diagnostics (for tests; the loader passes its own sink).
    static func read(name: String, bytes input: [UInt8]) -> (CSVFile?, [Diagnostic]) {
        let sink = DiagnosticSink()
        let file = read(name: name, bytes: input, sink: sink)
        return (file, sink.finish { _ in 0 })
    }

    static func read(name: String, bytes input: [UInt8], sink: DiagnosticSink) -> CSVFile? {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }

        // Invalid UTF-8 is an error for every line holding bad bytes; the file is not read further.
        var badLines = 0
        var lineNo = 1
        var lineStart = bytes.startIndex
        var idx = bytes.startIndex
        while idx <= bytes.endIndex {
            if idx == bytes.endIndex || bytes[idx] == 0x0A {
                if !isValidUTF8(bytes[lineStart..<idx]) {
                    sink.error(name, lineNo, 1, "regel bevat ongeldige UTF-8-tekens; sla het bestand op als \"CSV UTF-8\"")
                    badLines += 1
                }
                lineNo += 1
                lineStart = idx + 1
            }
            idx += 1
        }
        if badLines > 0 { return nil }

        // Old Mac line ends (CR only): one message, not one per confused field.
        if onlyCarriageReturns(bytes) {
            sink.error(name, 1, 1, "regeleinden alleen CR (oude Mac-opmaak); sla het bestand op met LF of CRLF als regeleinde, bijvoorbeeld als \"CSV UTF-8\"")
            return nil
        }

        let delimiter: UInt8 = headerHasSemicolon(bytes) ? 0x3B : 0x2C
        let other: UInt8 = delimiter == 0x3B ? 0x2C : 0x3B
        var records: [CSVFile.Record] = []
        var fields: [String] = []
        var fieldIndex = 0       // position of the current field in its record
        var extraCount = 0
        var firstExtra: Int?
        var otherDelimiters = 0
        var headerWidth: Int?    // known once the header record is complete
        var field: [UInt8] = []
        var quoted = false      // inside quotes
        var wasQuoted = false   // current field was quoted and closed
        var line = 1
        var recordLine = 1
        var i = bytes.startIndex
        var recordFailed = false

        func finishField() {
            if let width = headerWidth, fieldIndex >= width {
                if !isBlank(field) {
                    extraCount += 1
                    if firstExtra == nil { firstExtra = fieldIndex + 1 }
                }
            } else {
                fields.append(text(field))
            }
            fieldIndex += 1
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func finishRecord() {
            finishField()
            let record = CSVFile.Record(line: recordLine, fields: fields, extraCount: extraCount, firstExtra: firstExtra, otherDelimiters: otherDelimiters)
            if !recordFailed && !record.isBlank {
                if headerWidth == nil { headerWidth = fields.count }
                records.append(record)
            }
            fields.removeAll(keepingCapacity: true)
            fieldIndex = 0
            extraCount = 0
            firstExtra = nil
            otherDelimiters = 0
            recordFailed = false
        }

        while i < bytes.endIndex {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.endIndex, bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 2
                        continue
                    }
                    quoted = false
                    wasQuoted = true
                    i += 1
                    continue
                }
                // RFC 4180: a quoted field keeps its line breaks as written (CRLF stays CRLF).
                if b == 0x0A { line += 1 }
                field.append(b)
                i += 1
                continue
            }
            switch b {
            case 0x22 where !wasQuoted && field.allSatisfy({ $0 == 0x20 || $0 == 0x09 }):
                field.removeAll()
                quoted = true
            case delimiter:
                finishField()
            case 0x0A:
                finishRecord()
                line += 1
                recordLine = line
            case 0x0D where i + 1 < bytes.endIndex && bytes[i + 1] == 0x0A:
                break
            default:
                if b == other { otherDelimiters += 1 }
                if wasQuoted && b != 0x20 && b != 0x09 && b != 0x0D {
                    if !recordFailed {
                        sink.error(name, line, fieldIndex + 1, "na het afsluitende aanhalingsteken wordt een scheidingsteken verwacht, gevonden: \(Diagnostic.quote(String(decoding: [b], as: UTF8.self)))")
                    }
                    recordFailed = true
                } else if !wasQuoted {
                    field.append(b)
                }
            }
            i += 1
        }
        if quoted {
            sink.error(name, recordLine, fieldIndex + 1, "aanhalingsteken niet gesloten; het veld loopt door tot het einde van het bestand")
            recordFailed = true
        }
        if !(fields.isEmpty && fieldIndex == 0 && field.isEmpty && !wasQuoted && !quoted) || recordFailed {
            finishRecord()
        }

        guard let headerRecord = records.first else {
            if !sink.hasErrors { sink.error(name, 1, 1, "bestand is leeg; de kopregel met kolomnamen ontbreekt") }
            return nil
        }
        return CSVFile(
            name: name,
            delimiter: delimiter == 0x3B ? ";" : ",",
            header: headerRecord.fields.map { $0.lowercased() },
            headerLine: headerRecord.line,
            records: Array(records.dropFirst())
        )
    }

    /// A field's text: trimmed, and in Unicode NFC (contract v1.2) so that `é` typed as one or
    /// as two code points is the same value everywhere.
    static func text(_ bytes: [UInt8]) -> String {
        let s = trim(String(decoding: bytes, as: UTF8.self))
        return bytes.contains(where: { $0 >= 0x80 }) ? nfc(s) : s
    }

    /// The field would be empty after trimming (checked on the bytes: an extra field's text is
    /// never needed, and a hostile file may hold millions of them).
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        if bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) { return true }
        if bytes.allSatisfy({ $0 < 0x80 }) { return false }
        return text(bytes).isEmpty
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 < 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// The file ends its lines with a bare CR only: no LF outside quotes, at least one CR.
    static func onlyCarriageReturns(_ bytes: ArraySlice<UInt8>) -> Bool {
        var quoted = false
        var sawCR = false
        for b in bytes {
            if b == 0x22 { quoted.toggle() }
            if quoted { continue }
            if b == 0x0A { return false }
            if b == 0x0D { sawCR = true }
        }
        return sawCR
    }

    /// The header line holds a `;` outside quotes.
    static func headerHasSemicolon(_ bytes: ArraySlice<UInt8>) -> Bool {
        var quoted = false
        var sawContent = false
        for b in bytes {
            if b == 0x22 { quoted.toggle() }
            if !quoted {
                if b == 0x3B { return true }
                if b == 0x0A {
                    if sawContent { return false }
                    continue
                }
            }
            if b != 0x20 && b != 0x09 && b != 0x0D && b != 0x0A && b != 0x2C { sawContent = true }
        }
        return false
    }

    static func trim(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.first, f.isWhitespace { sub.removeFirst() }
        while let l = sub.last, l.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}
