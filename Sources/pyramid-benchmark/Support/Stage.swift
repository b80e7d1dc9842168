/// The stages a benchmark can time. `render` is the hook for the render
/// benchmarks at 1k/10k teams (issue 11), to be added with the render work.
enum Stage: String, CaseIterable {
    case load, analysis, report, check
    // case render  // later: PyramidRenderer on 1k/10k-team models
}
