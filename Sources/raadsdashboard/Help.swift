import ArgumentParser
import Foundation
import RaadsPresentation

/// The language of the command line's help and usage errors (issue 10): Dutch, or English when
/// the call asks for it with `--taal en`. Chosen from the raw arguments before they are parsed,
/// because the help texts are read while parsing.
enum CLILanguage {
    /// Set once in `Raadsdashboard.main`, before anything is parsed; read by the help texts.
    nonisolated(unsafe) static var current: Language = .nl

    /// The arguments for the parser: `help` takes no options, so `raadsdashboard help summary
    /// --taal en` drops the `--taal` it has already read.
    static func parsable(_ arguments: [String]) -> [String] {
        guard arguments.first == "help" else { return arguments }
        var out: [String] = []
        var i = 0
        while i < arguments.count {
            if arguments[i] == "--taal" { i += 2; continue }
            if !arguments[i].hasPrefix("--taal=") { out.append(arguments[i]) }
            i += 1
        }
        return out
    }

    /// `--taal en` or `--taal=en` anywhere in the arguments (before a `--`) means English.
    static func detect(_ arguments: [String]) -> Language {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { break }
            if a == "--taal", i + 1 < arguments.count { return Language(rawValue: arguments[i + 1].lowercased()) ?? .nl }
            if a.hasPrefix("--taal=") { return Language(rawValue: String(a.dropFirst(7)).lowercased()) ?? .nl }
            i += 1
        }
        return .nl
    }
}

/// A help text in the call's language: `T("Map met de dataset.", "Folder with the dataset.")`.
func T(_ nl: String, _ en: String) -> String { CLILanguage.current.pick(nl, en) }

/// The fixed English words of swift-argument-parser (section headers, its own options, its
/// usage errors) in Dutch. The parser offers no way to word them, so its finished text is
/// rewritten; the wording of our own commands and options is Dutch already (`T`).
enum DutchCLIText {
    /// Plain replacements, applied in order.
    static let phrases: [(String, String)] = [
        ("OVERVIEW: ", "OVERZICHT: "),
        ("\nARGUMENTS:\n", "\nARGUMENTEN:\n"),
        ("\nOPTIONS:\n", "\nOPTIES:\n"),
        ("\nSUBCOMMANDS:\n", "\nOPDRACHTEN:\n"),
        ("\nSEE ALSO: ", "\nZIE OOK: "),
        (" (default)  ", " (standaard)"),
        ("Show the version.", "Toon het versienummer."),
        ("Show help information.", "Toon deze hulp."),
        ("' for detailed help.", "' voor uitgebreide hulp."),
        ("<subcommand>", "<opdracht>"),
        ("<subcommands>", "<opdrachten>"),
        ("' for more information.", "' voor meer informatie."),
        ("  See '", "  Zie '"),
        ("(values: ", "(waarden: "),
        ("(default: ", "(standaard: "),
        ("; default: ", "; standaard: "),
        ("Error: ", "Fout: "),
        ("Help:  ", "Hulp:  "),
        ("Missing expected argument ", "Verplicht argument ontbreekt: "),
        ("Missing one of: ", "Een van deze ontbreekt: "),
        ("Missing value for ", "Waarde ontbreekt bij "),
        ("Missing required subcommand.", "Er ontbreekt een opdracht."),
        ("Unknown option ", "Onbekende optie "),
        (". Did you mean ", ". Bedoelt u "),
        ("Unexpected argument ", "Onverwacht argument "),
        (" unexpected arguments: ", " onverwachte argumenten: "),
        ("Invalid option: ", "Ongeldige optie: "),
        ("The value '", "De waarde '"),
        ("' is invalid for '", "' is ongeldig voor '"),
        ("' is invalid.", "' is ongeldig."),
        (". Please provide one of the following:", ". Kies een van deze:"),
        (". Please provide one of ", ". Kies "),
        ("' does not take any value, but '", "' neemt geen waarde, maar '"),
        ("' was specified.", "' is opgegeven."),
        ("The option '", "De optie '"),
    ]

    /// `text` with the parser's English words in Dutch. `USAGE:` and `Usage:` become `GEBRUIK:`
    /// and `Gebruik:` with their continuation lines indented to match.
    static func translate(_ text: String) -> String {
        var s = text
        for (en, nl) in phrases { s = s.replacingOccurrences(of: en, with: nl) }
        // "' and '" and "' or '" in a value list ("Kies 'text' and 'json'.").
        s = s.replacingOccurrences(of: "' and '", with: "' of '").replacingOccurrences(of: "' or '", with: "' of '")
        s = reindent(s, from: "USAGE: ", to: "GEBRUIK: ")
        s = reindent(s, from: "Usage: ", to: "Gebruik: ")
        return s
    }

    /// Replaces the label `from` at a line start with `to`, and moves the lines it hangs
    /// (indented by `from.count` spaces) along.
    static func reindent(_ text: String, from: String, to: String) -> String {
        var lines = text.components(separatedBy: "\n")
        var i = 0
        let oldIndent = String(repeating: " ", count: from.count), newIndent = String(repeating: " ", count: to.count)
        while i < lines.count {
            if lines[i].hasPrefix(from) {
                lines[i] = to + lines[i].dropFirst(from.count)
                var j = i + 1
                while j < lines.count, lines[j].hasPrefix(oldIndent), !lines[j].trimmingCharacters(in: .whitespaces).isEmpty {
                    lines[j] = newIndent + lines[j].dropFirst(oldIndent.count)
                    j += 1
                }
                i = j
            } else {
                i += 1
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The text in the call's language.
    static func localized(_ text: String) -> String {
        CLILanguage.current == .nl ? translate(text) : text
    }
}
