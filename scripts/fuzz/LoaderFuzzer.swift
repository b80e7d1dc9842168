// libFuzzer entry point for the model loader: bytes -> load (the streaming
// reader on libyaml's events, then validation) -> analyse. Built and run by
// scripts/fuzz-loader; not part of the Swift package.
import OrgGraph

@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The name decides YAML or JSON handling: try both.
    for file in ["fuzz.yaml", "fuzz.json"] {
        do {
            let model = try ModelLoader.load(bytes: bytes, file: file)
            let analysis = Analysis(model.organisation)
            _ = analysis.findings.count
        } catch {
            // Every failure must carry at least one error with a location.
            precondition(!error.diagnostics.isEmpty, "InvalidModel without diagnostics")
            precondition(error.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 }, "diagnostic without a location")
        }
    }
    return 0
}
