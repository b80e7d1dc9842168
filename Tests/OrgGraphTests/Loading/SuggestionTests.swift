import Testing
@testable import OrgGraph

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("serve", "serves"),
        ("reportsto", "reports-to"),
        ("Tier", "tier"),
        ("head", "headcount"),
    ])
    func suggestsTheNearestKey(typo: String, key: String) {
        #expect(Suggestion.nearest(to: typo, in: OrganisationReader.Keys.team) == key)
    }

    @Test func suggestsNothingForUnrelatedWords() {
        #expect(Suggestion.nearest(to: "colour", in: OrganisationReader.Keys.customer) == nil)
        #expect(Suggestion.nearest(to: "x", in: ["patients", "nurses"]) == nil)
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(Suggestion.editDistance("kitten", "sitting", limit: 5) == 3)
        #expect(Suggestion.editDistance("", "abc", limit: 5) == 3)
        #expect(Suggestion.editDistance("abc", "abc", limit: 0) == 0)
        #expect(Suggestion.editDistance("abcdef", "uvwxyz", limit: 2) == 3, "gives up past the limit")
    }
}
