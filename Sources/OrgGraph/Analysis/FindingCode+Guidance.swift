extension FindingCode {
    /// Why findings of this code matter, in a sentence or two for a reader
    /// of the report who has not read the rules. `docs/findings.md` carries
    /// the same text under "Why it matters:" (a test keeps them equal).
    public var explanation: String {
        switch self {
        case .noPathToCustomer:
            "The team's work never reaches an end customer: its chain ends at a team that serves no one, or runs in a closed loop. Its effort is invisible to the people the organisation exists for."
        case .chainBroken:
            "The team's work would reach an end customer, but a link on the way is broken or misses its service standard, so today it does not."
        case .standardBreached:
            "A link carries work to its customer, but the measured standard misses the target the customer relies on; the chain through it counts as broken."
        case .upwardFacing:
            "The team works for its own boss instead of for a customer: the pyramid is upright where it should be inverted, and leadership consumes work instead of supporting it."
        case .chainThroughManagement:
            "The team's work reaches customers only by passing through management, which adds delay and makes leaders a bottleneck for work they should support."
        case .awayFromCustomer:
            "Work flows sideways or backward, from a team nearer the customer to one further away, which lengthens the chain."
        case .supplierCycle:
            "Teams serve each other in a loop, so it is unclear who is whose customer and work can circulate without reaching anyone outside."
        case .singlePointOfFailure:
            "Other teams reach the customer only through this team: if it stops, they are cut off."
        case .unsupportedFrontLine:
            "A team that serves end customers has no leader to support it: nobody removes its obstacles or provides what it needs."
        case .isolatedTeam:
            "The team is connected to nothing: the model does not say whom it serves or who supports it."
        case .unservedCustomer:
            "An end customer in the model that no team serves: a promise nobody keeps."
        case .tierMismatch:
            "The team is declared in a tier its links do not support, so the picture and the declared structure disagree."
        }
    }

    /// What to do about findings of this code. `docs/findings.md` carries the
    /// same text under "Fix:" (a test keeps them equal).
    public var fix: String {
        switch self {
        case .noPathToCustomer:
            "connect the end of the chain to someone who uses the work, or stop the work."
        case .chainBroken:
            "repair the named link (or give the team another intact route)."
        case .standardBreached:
            "meet the standard, or agree a realistic target with the customer."
        case .upwardFacing:
            "serve the customer (or the team that needs the work) and let the leader serve the team: delete the link, or turn the report into something the team's customers use."
        case .chainThroughManagement:
            "let the team serve the teams or customers that use its work directly."
        case .awayFromCustomer:
            "reverse the hand-off (the team further from the customer supplies the nearer one), or route the work to the customer directly."
        case .supplierCycle:
            "decide who is whose customer and remove the link that runs the other way."
        case .singlePointOfFailure:
            "give the dependent teams a second route (serve another team that uses the work), or accept the risk with an ignore entry."
        case .unsupportedFrontLine:
            "add reports-to: a leader who supports the team."
        case .isolatedTeam:
            "connect it, or remove it from the model."
        case .unservedCustomer:
            "add a team that serves the customer, or remove the customer."
        case .tierMismatch:
            "correct the declared tier, or change the links the tier promises."
        }
    }
}
