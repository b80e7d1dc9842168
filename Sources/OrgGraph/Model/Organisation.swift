/// An organisation modelled as an inverted pyramid: its end customers, its
/// teams and the supplier -> customer links between them.
///
/// Obtain one with ``ModelLoader``, which reads and validates a model file.
/// A loaded organisation has unique ids and only references that resolve.
public struct Organisation: Hashable, Sendable {
    /// The organisation's name.
    public var name: String
    /// The service promises.
    public var charter: [String]
    /// The end customers, in file order.
    public var customers: [Customer] {
        didSet { cachedNumbering = CachedNumbering() }
    }
    /// The teams, in file order.
    public var teams: [Team] {
        didSet { cachedNumbering = CachedNumbering() }
    }
    /// Known findings accepted by the organisation.
    public var suppressions: [Suppression]
    /// The path of the file the model was read from.
    public var file: String
    /// Node numbers made by the loader for ``Analysis`` (`nil` for an
    /// organisation built or changed in code, which the analysis indexes
    /// itself). Dropped by any change to ``teams`` or ``customers``; ignored
    /// by `==` and `hash(into:)`.
    package var numbering: NodeNumbering? {
        get { cachedNumbering.numbering }
        set { cachedNumbering.numbering = newValue }
    }
    private var cachedNumbering = CachedNumbering()

    /// Creates an organisation.
    public init(
        name: String,
        charter: [String] = [],
        customers: [Customer],
        teams: [Team],
        suppressions: [Suppression] = [],
        file: String
    ) {
        self.name = name
        self.charter = charter
        self.customers = customers
        self.teams = teams
        self.suppressions = suppressions
        self.file = file
    }
}
