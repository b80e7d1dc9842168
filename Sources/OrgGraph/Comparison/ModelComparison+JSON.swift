extension ModelComparison {
    /// The comparison as JSON, keys in this order:
    /// `{"old": {"file", "organisation"}, "new": {"file", "organisation"},
    /// "summary": {"teams", "customers", "links": {"added", "removed",
    /// "renamed" (not for links), "changed"}, "fixed", "introduced"},
    /// "teams": [node], "customers": [node], "links": [{"change", "from",
    /// "to", "fields"}], "findings": {"fixed": [finding], "introduced":
    /// [finding]}, "numbers": {...}}`, where a node is `{"change", "id",
    /// "oldId" (null unless renamed), "name", "fields": [{"field", "old",
    /// "new"}]}`, a finding is as in `check --format json`, and numbers are
    /// `{"orientation": {"old", "new": {"facing", "total", "score"},
    /// "change"}, "cutOff": {"old", "new", "losingPath", "reconnected"},
    /// "longestChain": {"old", "new": {"links", "team"} | null},
    /// "distances": [{"team", "old", "new"}]}` (a `null` distance: cut off).
    public func json() -> String {
        JSONValue.object(jsonMembers()).rendered()
    }

    /// The members of ``json()``, shared with ``WhatIfReport``.
    func jsonMembers() -> [(String, JSONValue)] {
        [
            ("old", .object([("file", .string(oldFile)), ("organisation", .string(oldName))])),
            ("new", .object([("file", .string(newFile)), ("organisation", .string(newName))])),
            ("summary", .object([
                ("teams", Self.summary(teams.map(\.kind), renames: true)),
                ("customers", Self.summary(customers.map(\.kind), renames: true)),
                ("links", Self.summary(links.map(\.kind), renames: false)),
                ("fixed", .int(fixed.count)),
                ("introduced", .int(introduced.count)),
            ])),
            ("teams", .array(teams.map(Self.node))),
            ("customers", .array(customers.map(Self.node))),
            ("links", .array(links.map { link in
                .object([
                    ("change", .string(link.kind.rawValue)),
                    ("from", .string(link.from)),
                    ("to", .string(link.to)),
                    ("fields", Self.fields(link.fields)),
                ])
            })),
            ("findings", .object([
                ("fixed", .array(fixed.map(JSONValue.finding))),
                ("introduced", .array(introduced.map(JSONValue.finding))),
            ])),
            ("numbers", numbers()),
        ]
    }

    private func numbers() -> JSONValue {
        func orientation(_ value: OrganisationStats.Orientation) -> JSONValue {
            .object([
                ("facing", .int(value.facing)),
                ("total", .int(value.total)),
                ("score", value.score.map { .number(($0 * 10).rounded() / 10) } ?? .null),
            ])
        }
        func chain(_ value: ShapeChange.Chain?) -> JSONValue {
            value.map { .object([("links", .int($0.links)), ("team", .string($0.team))]) } ?? .null
        }
        return .object([
            ("orientation", .object([
                ("old", orientation(shape.oldOrientation)),
                ("new", orientation(shape.newOrientation)),
                ("change", shape.scoreChange.map { .number(($0 * 10).rounded() / 10) } ?? .null),
            ])),
            ("cutOff", .object([
                ("old", .int(shape.oldCutOff)),
                ("new", .int(shape.newCutOff)),
                ("losingPath", .array(shape.newlyCutOff.map { .string($0) })),
                ("reconnected", .array(shape.reconnected.map { .string($0) })),
            ])),
            ("longestChain", .object([("old", chain(shape.oldLongestChain)), ("new", chain(shape.newLongestChain))])),
            ("distances", .array(shape.distances.map {
                .object([("team", .string($0.team)), ("old", .int($0.old)), ("new", .int($0.new))])
            })),
        ])
    }

    private static func summary(_ kinds: [ChangeKind], renames: Bool) -> JSONValue {
        let shown: [ChangeKind] = renames ? [.added, .removed, .renamed, .changed] : [.added, .removed, .changed]
        return .object(shown.map { kind in (kind.rawValue, .int(kinds.count { $0 == kind })) })
    }

    private static func node(_ node: NodeChange) -> JSONValue {
        .object([
            ("change", .string(node.kind.rawValue)),
            ("id", .string(node.id)),
            ("oldId", .string(node.oldID)),
            ("name", .string(node.name)),
            ("fields", fields(node.fields)),
        ])
    }

    private static func fields(_ fields: [FieldChange]) -> JSONValue {
        .array(fields.map { .object([("field", .string($0.field)), ("old", .string($0.old)), ("new", .string($0.new))]) })
    }
}
