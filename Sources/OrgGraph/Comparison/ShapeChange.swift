/// How the pyramid's figures from ``OrganisationStats`` moved between two
/// versions: orientation score, cut-off teams and chain lengths.
public struct ShapeChange: Hashable, Sendable {
    /// A team's intact customer distance (its shortest intact chain) in both versions.
    public struct Distance: Hashable, Sendable {
        /// The team's id in the new version.
        public var team: String
        /// The old distance; `nil`: cut off from the customer.
        public var old: Int?
        /// The new distance; `nil`: cut off from the customer.
        public var new: Int?

        /// Creates a distance change.
        public init(team: String, old: Int?, new: Int?) {
            self.team = team
            self.old = old
            self.new = new
        }
    }

    /// The longest intact chain: its length and the first team (in file order) at it.
    public struct Chain: Hashable, Sendable {
        /// The number of links.
        public var links: Int
        /// The team it starts from.
        public var team: String

        /// Creates a chain.
        public init(links: Int, team: String) {
            self.links = links
            self.team = team
        }
    }

    /// The old orientation score.
    public var oldOrientation: OrganisationStats.Orientation
    /// The new orientation score.
    public var newOrientation: OrganisationStats.Orientation
    /// The number of teams cut off from the customer in the old version.
    public var oldCutOff: Int
    /// The number of teams cut off from the customer in the new version.
    public var newCutOff: Int
    /// Teams in both versions that reached the customer before and no longer
    /// do (new ids, new file order): the teams that lose their path.
    public var newlyCutOff: [String]
    /// Teams in both versions that were cut off and now reach the customer.
    public var reconnected: [String]
    /// The old longest intact chain; `nil` when no team reaches a customer.
    public var oldLongestChain: Chain?
    /// The new longest intact chain.
    public var newLongestChain: Chain?
    /// Teams in both versions whose intact customer distance changed, in new file order.
    public var distances: [Distance]

    /// Creates a shape change.
    public init(
        oldOrientation: OrganisationStats.Orientation,
        newOrientation: OrganisationStats.Orientation,
        oldCutOff: Int,
        newCutOff: Int,
        newlyCutOff: [String] = [],
        reconnected: [String] = [],
        oldLongestChain: Chain? = nil,
        newLongestChain: Chain? = nil,
        distances: [Distance] = []
    ) {
        self.oldOrientation = oldOrientation
        self.newOrientation = newOrientation
        self.oldCutOff = oldCutOff
        self.newCutOff = newCutOff
        self.newlyCutOff = newlyCutOff
        self.reconnected = reconnected
        self.oldLongestChain = oldLongestChain
        self.newLongestChain = newLongestChain
        self.distances = distances
    }

    /// The change of the orientation score in percentage points; `nil` when
    /// either version has no `serves` links.
    public var scoreChange: Double? {
        guard let old = oldOrientation.score, let new = newOrientation.score else { return nil }
        return new - old
    }
}
