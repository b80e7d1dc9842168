/// Writes an ``Organisation`` as a JSON model in normal form: the document
/// `pyramid export --format json` prints, which ``ModelLoader`` reads back
/// into the same organisation (apart from source locations).
///
/// The normal form is deterministic and uniform, for tools that read it:
///
/// - keys in the order of `docs/model-format.md`: `organisation`, `charter`,
///   `customers`, `teams`, `ignore`; a customer's `id`, `name`; a team's
///   `id`, `name`, `tier`, `department`, `headcount`, `champions`,
///   `reports-to`, `serves`; a link's `to`, `delivers`, `status`, `standard`;
///   a standard's `measure`, `target`, `actual`, `unit`, `better`; an
///   `ignore` entry's `code`, `team`;
/// - every key that has a default is written with its value: `name` (the id
///   when the file gave none), the lists (`charter`, `champions`,
///   `reports-to`, `serves`, `ignore`, also when empty), `status`, `better`;
/// - keys with no value are left out, since the format has no `null`: `tier`
///   when not declared (the analysis infers it), `department`, `headcount`,
///   `delivers`, `standard`, `actual`, `unit`, an `ignore` entry's `team`;
/// - `reports-to` is always a list and every `serves` entry the long form;
/// - entries keep the file's order; numbers are written as integers when
///   whole, otherwise in the shortest form that reads back to the same value.
///
/// ```swift
/// let model = try ModelLoader.load(contentsOf: "org-models/hospital.yaml")
/// print(ModelJSONWriter().json(for: model.organisation), terminator: "")
/// ```
public struct ModelJSONWriter: Sendable {
    /// Creates a writer.
    public init() {}

    /// The organisation as a JSON document in normal form, ending in a newline.
    public func json(for organisation: Organisation) -> String {
        document(for: organisation).rendered()
    }

    func document(for organisation: Organisation) -> JSONValue {
        .object([
            ("organisation", .string(organisation.name)),
            ("charter", .array(organisation.charter.map { .string($0) })),
            ("customers", .array(organisation.customers.map(customer))),
            ("teams", .array(organisation.teams.map(team))),
            ("ignore", .array(organisation.suppressions.map(suppression))),
        ])
    }

    private func customer(_ customer: Customer) -> JSONValue {
        .object([("id", .string(customer.id)), ("name", .string(customer.name))])
    }

    private func team(_ team: Team) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(team.id)), ("name", .string(team.name))]
        if let tier = team.declaredTier { members.append(("tier", .string(tier.rawValue))) }
        if let department = team.department { members.append(("department", .string(department))) }
        if let headcount = team.headcount { members.append(("headcount", .int(headcount))) }
        members.append(("champions", .array(team.champions.map { .string($0) })))
        members.append(("reports-to", .array(team.reportsTo.map { .string($0.value) })))
        members.append(("serves", .array(team.serves.map(link))))
        return .object(members)
    }

    private func link(_ link: ServiceLink) -> JSONValue {
        var members: [(String, JSONValue)] = [("to", .string(link.to))]
        if let delivers = link.delivers { members.append(("delivers", .string(delivers))) }
        members.append(("status", .string(link.status.rawValue)))
        if let standard = link.standard { members.append(("standard", self.standard(standard))) }
        return .object(members)
    }

    private func standard(_ standard: ServiceStandard) -> JSONValue {
        var members: [(String, JSONValue)] = [("measure", .string(standard.measure)), ("target", .number(standard.target))]
        if let actual = standard.actual { members.append(("actual", .number(actual))) }
        if let unit = standard.unit { members.append(("unit", .string(unit))) }
        members.append(("better", .string(standard.better.rawValue)))
        return .object(members)
    }

    private func suppression(_ suppression: Suppression) -> JSONValue {
        var members: [(String, JSONValue)] = [("code", .string(suppression.code))]
        if let team = suppression.team { members.append(("team", .string(team))) }
        return .object(members)
    }
}
