/// Turns a composed YAML (or JSON) node tree into an ``Organisation``,
/// checking the shape of every entry: keys, types and values. Generic over
/// the tree (see ``ModelNode``), so both model readers share it.
///
/// References between entries are checked afterwards by ``ModelValidator``.
enum OrganisationReader {
    /// The keys the model format allows, per kind of entry.
    enum Keys {
        static let root = ["organisation", "charter", "customers", "teams", "ignore"]
        static let customer = ["id", "name"]
        static let team = ["id", "name", "tier", "department", "headcount", "champions", "reports-to", "serves"]
        static let link = ["to", "delivers", "status", "standard"]
        static let standard = ["measure", "target", "actual", "unit", "better"]
        static let suppression = ["code", "team"]
    }

    /// Reads the document whose root is `root`; see ``OrganisationTreeReader/read(_:)``.
    static func read<Node: ModelNode>(_ root: Node, file: String, renamedKeys: [String: String] = [:]) -> (Organisation?, [Diagnostic]) {
        var reader = OrganisationTreeReader<Node>(file: file, renamedKeys: renamedKeys)
        return reader.read(root)
    }
}

/// The reading itself, over one kind of node tree.
struct OrganisationTreeReader<Node: ModelNode> {
    private typealias Keys = OrganisationReader.Keys
    private var reader: NodeReader<Node>

    init(file: String, renamedKeys: [String: String] = [:]) {
        reader = NodeReader(file: file, renamedKeys: renamedKeys)
    }

    /// Reads the whole document; the organisation is `nil` only when the root
    /// is not a mapping. Diagnostics are in document order.
    mutating func read(_ root: Node) -> (Organisation?, [Diagnostic]) {
        guard let fields = reader.fields(of: root, allowed: Keys.root, owner: "the model") else {
            return (nil, reader.diagnostics)
        }
        let name = reader.required("organisation", in: fields).flatMap { reader.nonEmptyString($0, for: "organisation") }
        let charter = fields["charter"].map { strings($0, for: "charter") } ?? []
        var customers: [Customer] = []
        if let node = reader.required("customers", in: fields), let items = reader.list(node, for: "customers") {
            if items.isEmpty {
                reader.report(DiagnosticCode.invalidValue, "'customers' needs at least one end customer", at: node)
            }
            customers = items.compactMap { customer($0) }
        }
        var teams: [Team] = []
        if let node = reader.required("teams", in: fields), let items = reader.list(node, for: "teams") {
            if items.isEmpty {
                reader.report(DiagnosticCode.emptyTeams, "'teams' is empty: there is nothing to analyse or draw", at: node, severity: .warning)
            }
            teams = items.compactMap { team($0) }
        }
        let suppressions = fields["ignore"].flatMap { reader.list($0, for: "ignore") }?.compactMap { suppression($0) } ?? []
        let organisation = Organisation(
            name: name ?? "",
            charter: charter,
            customers: customers,
            teams: teams,
            suppressions: suppressions,
            file: reader.file
        )
        return (organisation, reader.diagnostics)
    }

    private mutating func strings(_ node: Node, for key: String) -> [String] {
        reader.list(node, for: key)?.compactMap { reader.string($0, for: key) } ?? []
    }

    private mutating func customer(_ node: Node) -> Customer? {
        guard let fields = reader.fields(of: node, allowed: Keys.customer, owner: .entry("customer")) else { return nil }
        let idNode = reader.required("id", in: fields)
        let id = idNode.flatMap { reader.identifier($0, for: "id") }
        let name = fields["name"].flatMap { reader.nonEmptyString($0, for: "name") }
        guard let idNode, let id else { return nil }
        return Customer(id: id, name: name, location: reader.location(of: idNode))
    }

    private mutating func team(_ node: Node) -> Team? {
        guard let fields = reader.fields(of: node, allowed: Keys.team, owner: .entry("team")) else { return nil }
        // Every field is checked even when the id is missing or invalid, so
        // that all problems of the entry are reported at once.
        let idNode = reader.required("id", in: fields)
        let id = idNode.flatMap { reader.identifier($0, for: "id") }
        var team = Team(id: id ?? "", location: idNode.map(reader.location(of:)) ?? reader.location(of: node))
        if let name = fields["name"].flatMap({ reader.nonEmptyString($0, for: "name") }) { team.name = name }
        team.declaredTier = fields["tier"].flatMap { reader.choice($0, for: "tier", as: Tier.self) }
        team.department = fields["department"].flatMap { reader.nonEmptyString($0, for: "department") }
        team.headcount = fields["headcount"].flatMap { reader.count($0, for: "headcount") }
        team.champions = fields["champions"].map { strings($0, for: "champions") } ?? []
        if let node = fields["reports-to"] {
            team.reportsTo = reader.oneOrMany(node, for: "reports-to") { $0.identifier($1, for: "reports-to") }
        }
        if let node = fields["serves"], let items = reader.list(node, for: "serves") {
            team.serves = items.compactMap { link($0) }
        }
        return id == nil ? nil : team
    }

    private mutating func link(_ node: Node) -> ServiceLink? {
        if node.isScalar {
            return reader.identifier(node, for: "serves").map { ServiceLink(to: $0, location: reader.location(of: node)) }
        }
        guard let fields = reader.fields(of: node, allowed: Keys.link, owner: "a 'serves' entry") else { return nil }
        let delivers = fields["delivers"].flatMap { reader.nonEmptyString($0, for: "delivers") }
        let status = fields["status"].flatMap { reader.choice($0, for: "status", as: LinkStatus.self) } ?? .ok
        let standard = fields["standard"].flatMap { readStandard($0) }
        let toNode = reader.required("to", in: fields)
        guard let toNode, let to = reader.identifier(toNode, for: "to") else { return nil }
        return ServiceLink(to: to, delivers: delivers, status: status, standard: standard, location: reader.location(of: toNode))
    }

    private mutating func readStandard(_ node: Node) -> ServiceStandard? {
        guard let fields = reader.fields(of: node, allowed: Keys.standard, owner: "a 'standard'") else { return nil }
        let measure = reader.required("measure", in: fields).flatMap { reader.nonEmptyString($0, for: "measure") }
        let target = reader.required("target", in: fields).flatMap { reader.number($0, for: "target") }
        let actual = fields["actual"].flatMap { reader.number($0, for: "actual") }
        let unit = fields["unit"].flatMap { reader.string($0, for: "unit") }
        let better = fields["better"].flatMap { reader.choice($0, for: "better", as: ServiceStandard.Direction.self) } ?? .higher
        guard let measure, let target else { return nil }
        return ServiceStandard(measure: measure, target: target, actual: actual, unit: unit, better: better)
    }

    private mutating func suppression(_ node: Node) -> Suppression? {
        guard let fields = reader.fields(of: node, allowed: Keys.suppression, owner: "an 'ignore' entry") else { return nil }
        let codeNode = reader.required("code", in: fields)
        let code = codeNode.flatMap { reader.choice($0, for: "code", as: FindingCode.self) }
        let team = fields["team"].flatMap { reader.identifier($0, for: "team") }
        guard let codeNode, let code else { return nil }
        return Suppression(code: code.rawValue, team: team, location: reader.location(of: codeNode))
    }
}
