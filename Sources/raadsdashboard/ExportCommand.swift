import ArgumentParser

/// `raadsdashboard export`: a dated snapshot for the committee agenda (issue 4).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Maak een momentopname voor de raadsagenda (Markdown of HTML).",
        shouldDisplay: false
    )

    func run() throws {
        DatasetLoading.printError("export is nog niet beschikbaar")
        throw ExitCode(1)
    }
}
