// libFuzzer entry point for the 'dashboard' target; built only by Scripts/fuzz (not by SwiftPM).
// The code path itself is FuzzHarness.dashboard, shared with the regression tests in Fuzz/Tests.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = FuzzHarness.dashboard(bytes)
    if !problems.isEmpty { fatalError("FuzzHarness.dashboard: " + problems.joined(separator: "; ")) }
    return 0
}
