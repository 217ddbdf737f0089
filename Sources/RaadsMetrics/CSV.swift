/// Reads a CSV file by the common rules of data contract §1: BOM, UTF-8 per line, delimiter
/// detection, RFC 4180 quoting, CRLF, blank-line skipping, trimming. Physical line numbers are
/// kept so that every diagnostic can name the line where a record starts.
struct CSVFile {
    struct Record {
        var line: Int
        var fields: [String]
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
    static func read(name: String, bytes input: [UInt8]) -> (CSVFile?, [Diagnostic]) {
        var bytes = input[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }

        // Invalid UTF-8 is an error for every line holding bad bytes; the file is not read further.
        var diags: [Diagnostic] = []
        var lineNo = 1
        var lineStart = bytes.startIndex
        var idx = bytes.startIndex
        while idx <= bytes.endIndex {
            if idx == bytes.endIndex || bytes[idx] == 0x0A {
                if String(validating: bytes[lineStart..<idx], as: UTF8.self) == nil {
                    diags.append(.error(name, lineNo, 1, "regel bevat ongeldige UTF-8-tekens; sla het bestand op als \"CSV UTF-8\""))
                }
                lineNo += 1
                lineStart = idx + 1
            }
            idx += 1
        }
        if !diags.isEmpty { return (nil, diags) }

        let delimiter: UInt8 = headerHasSemicolon(bytes) ? 0x3B : 0x2C
        var records: [CSVFile.Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false      // inside quotes
        var wasQuoted = false   // current field was quoted and closed
        var line = 1
        var recordLine = 1
        var i = bytes.startIndex
        var recordFailed = false

        func finishField() {
            fields.append(trim(String(decoding: field, as: UTF8.self)))
            field.removeAll(keepingCapacity: true)
            wasQuoted = false
        }
        func finishRecord() {
            finishField()
            if !recordFailed { records.append(.init(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
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
                if b == 0x0D, i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A {
                    i += 1
                    continue
                }
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
                if wasQuoted && b != 0x20 && b != 0x09 && b != 0x0D {
                    if !recordFailed {
                        diags.append(.error(name, line, fields.count + 1, "na het afsluitende aanhalingsteken wordt een scheidingsteken verwacht, gevonden: \"\(String(decoding: [b], as: UTF8.self))\""))
                    }
                    recordFailed = true
                } else if !wasQuoted {
                    field.append(b)
                }
            }
            i += 1
        }
        if quoted {
            diags.append(.error(name, recordLine, fields.count + 1, "aanhalingsteken niet gesloten; het veld loopt door tot het einde van het bestand"))
            recordFailed = true
        }
        if !(fields.isEmpty && field.isEmpty && !wasQuoted && !quoted) || recordFailed {
            finishRecord()
        }

        // Blank records (empty, or only spaces and delimiters) are skipped.
        records.removeAll { $0.fields.allSatisfy(\.isEmpty) }
        guard let headerRecord = records.first else {
            if diags.isEmpty { diags.append(.error(name, 1, 1, "bestand is leeg; de kopregel met kolomnamen ontbreekt")) }
            return (nil, diags)
        }
        let file = CSVFile(
            name: name,
            delimiter: delimiter == 0x3B ? ";" : ",",
            header: headerRecord.fields.map { $0.lowercased() },
            headerLine: headerRecord.line,
            records: Array(records.dropFirst())
        )
        return (file, diags)
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
