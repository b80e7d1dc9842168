/// What `pyramid check` shows and when it fails: `--fail-on`, `--only`, `--ignore`.
public struct CheckPolicy: Hashable, Sendable {
    /// The least severe finding that fails the run (`--fail-on`).
    public enum FailLevel: String, Hashable, Sendable, CaseIterable {
        /// Fail on errors (the default).
        case error
        /// Fail on warnings and errors.
        case warning
        /// Fail on any finding.
        case info
        /// Never fail because of findings.
        case never

        /// The severity at or above which findings fail the run; `nil` for ``never``.
        public var threshold: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .never: nil
            }
        }
    }

    /// The least severe finding that fails the run.
    public var failOn: FailLevel
    /// When set, only findings of these codes are shown and can fail the run (`--only`).
    public var only: Set<FindingCode>?
    /// Findings of these codes are not shown and cannot fail the run (`--ignore`).
    public var ignore: Set<FindingCode>

    /// Creates a policy; the default shows everything and fails on errors.
    public init(failOn: FailLevel = .error, only: Set<FindingCode>? = nil, ignore: Set<FindingCode> = []) {
        self.failOn = failOn
        self.only = only
        self.ignore = ignore
    }

    /// Whether a finding passes `--only` and `--ignore`.
    public func shows(_ finding: Finding) -> Bool {
        if ignore.contains(finding.code) { return false }
        if let only, !only.contains(finding.code) { return false }
        return true
    }

    /// Whether any shown finding is at or above the failing level.
    public func fails(on findings: some Sequence<Finding>) -> Bool {
        guard let threshold = failOn.threshold else { return false }
        return findings.contains { shows($0) && $0.severity >= threshold }
    }

    /// Parses a `--only`/`--ignore` value: codes separated by commas (spaces
    /// allowed), e.g. `upward-facing,chain-broken`. Several values may be
    /// joined with commas first.
    ///
    /// - Throws: ``UnknownFindingCode`` for the first word that is not a code.
    public static func codes(from list: String) throws(UnknownFindingCode) -> Set<FindingCode> {
        var codes: Set<FindingCode> = []
        for word in list.split(separator: ",") {
            let trimmed = word.trimmingCharacters(in: " \t")
            guard !trimmed.isEmpty else { continue }
            guard let code = FindingCode(rawValue: trimmed) else {
                throw UnknownFindingCode(code: trimmed)
            }
            codes.insert(code)
        }
        return codes
    }
}

/// A `--only`/`--ignore` value that names no finding code.
public struct UnknownFindingCode: Error, Hashable, Sendable, CustomStringConvertible {
    /// The word given.
    public var code: String
    /// The nearest known code, if it looks like a typo.
    public var suggestion: String? {
        Suggestion.nearest(to: code, in: FindingCode.allCases.map(\.rawValue))
    }

    /// Creates the error.
    public init(code: String) { self.code = code }

    /// `unknown finding code 'x'; did you mean 'y'?` and the list of codes.
    public var description: String {
        var text = "unknown finding code '\(code)'"
        if let suggestion { text += "; did you mean '\(suggestion)'?" }
        return text + " (known codes: " + FindingCode.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    }
}

extension Substring {
    /// The text without leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
