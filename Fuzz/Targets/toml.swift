// libFuzzer entry point for the 'toml' target; built only by Scripts/fuzz (not by SwiftPM).
// The code path itself is FuzzHarness.toml, shared with the regression tests in Fuzz/Tests.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzHarness.toml(bytes)
    if !problems.isEmpty { fatalError("FuzzHarness.toml: " + problems.joined(separator: "; ")) }
    return 0
}
