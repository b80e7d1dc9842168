import ArgumentParser

/// The two model file formats `pyramid` reads.
enum ModelFormat: String, ExpressibleByArgument, CaseIterable {
    case yaml
    case json
}
