/// What the analysis learned about one `serves` link.
public struct LinkAnalysis: Hashable, Sendable {
    /// The id of the internal or end customer served.
    public var to: String
    /// Whether the hand-off works: not broken and its standard not breached.
    public var isIntact: Bool
    /// Whether the link faces the customer: `to` is an end customer, or it
    /// is not one of the supplier's own leaders (the link is not
    /// upward-facing) and its nominal customer distance is smaller than the
    /// supplier's. The share of such links is the orientation score of `stats`.
    public var facesCustomer: Bool
    /// The codes of the unsuppressed findings about this link, in code order.
    public var findingCodes: [FindingCode]

    /// Creates a link analysis.
    public init(to: String, isIntact: Bool, facesCustomer: Bool, findingCodes: [FindingCode] = []) {
        self.to = to
        self.isIntact = isIntact
        self.facesCustomer = facesCustomer
        self.findingCodes = findingCodes
    }
}
