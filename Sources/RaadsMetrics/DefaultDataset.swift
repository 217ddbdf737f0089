/// The bundled Zoetermeer dataset (sample-data/zoetermeer), embedded in the binary so that
/// the dashboard works without `--data` from any working directory. SwiftPM embeds the files
/// (`.embedInCode("DefaultDataset")`, a symlink to sample-data/zoetermeer) as `PackageResources`.
public enum DefaultDataset {
    public static let label = "ingebouwde dataset Zoetermeer (sample-data/zoetermeer)"

    /// File name → its exact bytes. A test checks that this lists every file of the folder.
    public static var files: [String: [UInt8]] {
        [
            "budget.csv": PackageResources.budget_csv,
            "dataset.toml": PackageResources.dataset_toml,
            "doelen.csv": PackageResources.doelen_csv,
            "kengetallen.csv": PackageResources.kengetallen_csv,
            "plaatsingen.csv": PackageResources.plaatsingen_csv,
            "rapportages.csv": PackageResources.rapportages_csv,
            "regio.csv": PackageResources.regio_csv,
        ]
    }

    public static var source: InMemorySource { InMemorySource(label: label, files: files) }
}
