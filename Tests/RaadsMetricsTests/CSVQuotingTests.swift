import Testing
@testable import RaadsMetrics

/// The quoting cases of csv-spectrum and RFC 4180, and the project's rule for a `"` in the
/// middle of an unquoted field (docs/data-format.md, chapter 4).
@Suite struct CSVQuotingTests {
    func read(_ text: String) -> (fields: [[String]], header: [String], delimiter: Character?, messages: [String]) {
        let (f, d) = CSVReader.read(name: "x.csv", bytes: Array(text.utf8))
        return (f?.records.map(\.fields) ?? [], f?.header ?? [], f?.delimiter, d.map(\.description))
    }

    @Test func aLineBreakInsideQuotesComesBackByteForByte() throws {
        let crlf = read("a;b\r\n\"regel 1\r\nregel 2\";z\r\n")
        #expect(crlf.messages.isEmpty)
        // Compared as bytes: a String comparison would not see a CR lost or added.
        #expect(crlf.fields.first.map { Array($0[0].utf8) } == Array("regel 1\r\nregel 2".utf8))
        let lf = read("a,b\n\"regel 1\nregel 2\",z\n")
        #expect(lf.fields.first.map { Array($0[0].utf8) } == Array("regel 1\nregel 2".utf8))
    }

    @Test func csvSpectrumCases() {
        #expect(read("a,b\n\"x, y\",\"z \"\"q\"\"\"\n").fields == [["x, y", "z \"q\""]])  // comma_in_quotes, escaped_quotes
        #expect(read("a,b\n\"\",x\n").fields == [["", "x"]])  // empty quoted field
        #expect(read("a;b\n\"\"\"\";x\n").fields == [["\"", "x"]])  // a field that is one quote
        #expect(read("a,b\n1,2").fields == [["1", "2"]])  // no line end after the last record
        #expect(read("a,b\n\"é\",ü\n").fields == [["é", "ü"]])  // utf8
    }

    @Test func aQuoteInsideAnUnquotedFieldIsText() {
        let r = read("omschrijving;aantal\nmonitor 24\" scherm;2\nde \"Binnenbaan\" route;3\n")
        #expect(r.messages.isEmpty)
        #expect(r.fields == [["monitor 24\" scherm", "2"], ["de \"Binnenbaan\" route", "3"]])
    }

    @Test func aQuoteAfterLeadingSpacesStillOpensAQuotedField() {
        #expect(read("a;b\n  \"x;y\"  ;2\n").fields == [["x;y", "2"]])
    }

    /// The delimiter and the CR-only check read quotes by the same rule as the records: a `"`
    /// in the middle of a header name does not hide the `;` after it.
    @Test func delimiterDetectionFollowsTheSameRule() {
        let r = read("naam\"x;jaar\n1;2\n")
        #expect(r.delimiter == ";")
        #expect(r.header == ["naam\"x", "jaar"])
        #expect(r.fields == [["1", "2"]])
        #expect(read("a;\"b;c\"\n1;2\n").header == ["a", "b;c"])
        #expect(read("a,\"b;c\"\n1,2\n").delimiter == ",")
    }

    @Test func crOnlyDetectionFollowsTheSameRule() {
        #expect(
            read("jaar\"x;doel\r2020;3\r").messages == [
                "x.csv:1:1: error: regeleinden alleen CR (oude Mac-opmaak); sla het bestand op met LF of CRLF als regeleinde, bijvoorbeeld als \"CSV UTF-8\""
            ])
        // A CR inside a quoted field is content, and the LF after it ends the line.
        #expect(read("a;b\n\"x\ry\";2\n").messages.isEmpty)
    }
}
