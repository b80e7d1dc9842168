import OrgGraph
@testable import PyramidDiagram

/// Small models written inline, loaded and analysed as the CLI would.
enum TestModels {
    /// A clinic with every kind of finding the diagram styles: a breached
    /// standard, a broken link, an upward-facing link, a cut-off pair, a
    /// single point of failure, two levels of leadership and a hostile name.
    static let clinic = """
    organisation: Riverside Clinic
    customers:
      - id: patients
        name: Patients
      - id: gps
        name: Referring GPs
    teams:
      - id: nurses
        name: Nursing team
        headcount: 14
        department: Care
        reports-to: practice-manager
        serves: [patients]
      - id: doctors
        name: Doctors
        headcount: 5
        department: Care
        reports-to: medical-director
        serves: [patients, gps]
      - id: reception
        headcount: 3
        department: Front office
        reports-to: practice-manager
        serves:
          - to: nurses
            delivers: Checked-in patients
            standard: {measure: minutes to hand over, target: 5, actual: 9, unit: min, better: lower}
          - to: doctors
            delivers: Appointments
            standard: {measure: booked within a day, target: 90, actual: 97, unit: "%"}
      - id: lab
        name: Lab
        department: Care
        reports-to: medical-director
        serves:
          - to: doctors
            delivers: Test results
            standard: {measure: results same day, target: 95, actual: 80, unit: "%"}
      - id: it
        name: IT
        department: Front office
        reports-to: practice-manager
        serves:
          - to: reception
            status: broken
          - to: practice-manager
      - id: billing
        name: Billing
        reports-to: practice-manager
        department: Front office
        serves: [archive]
      - id: archive
        name: Archive
      - id: practice-manager
        name: Practice manager
        reports-to: medical-director
      - id: medical-director
        name: Medical director
    """

    /// A model with at least one finding of every code (checked by
    /// `FindingMarksTests`): each team's name says what it is for.
    static let everyFinding = """
    organisation: Every finding
    customers:
      - id: buyers
        name: Buyers
      - id: nobody
        name: Nobody served
    teams:
      - id: shop
        name: Shop
        reports-to: boss
        serves: [buyers]
      - id: lonely
        name: Lonely stall
        serves: [buyers]
      - id: stock
        name: Stock
        reports-to: boss
        serves: [shop]
      - id: loop-a
        name: Loop A
        reports-to: boss
        serves: [stock, loop-b]
      - id: loop-b
        name: Loop B
        reports-to: boss
        serves: [loop-a]
      - id: breaker
        name: Breaker
        reports-to: boss
        serves:
          - to: stock
            status: broken
      - id: slow
        name: Slow
        reports-to: boss
        serves:
          - to: shop
            standard: {measure: same day, target: 95, actual: 80, unit: "%"}
      - id: upward
        name: Upward
        reports-to: boss
        serves: [boss, stock]
      - id: away
        name: Away
        reports-to: boss
        serves: [buyers, stock]
      - id: lead
        name: Lead
        tier: leadership
        reports-to: boss
        serves: [shop]
      - id: reporter
        name: Reporter
        reports-to: lead
        serves: [lead]
      - id: hermit
        name: Hermit
      - id: labelled
        name: Labelled
        tier: front-line
        reports-to: boss
        serves: [stock]
      - id: boss
        name: Boss
    """

    /// One customer and one team: the smallest diagram.
    static let twoNodes = """
    organisation: Tiny
    customers:
      - id: buyers
    teams:
      - id: shop
        serves: [buyers]
    """

    /// Names that break naive escaping, in every place user text reaches the diagram.
    static let hostile = #"""
    organisation: "Evil </text><script>alert(1)</script> & Co \\G"
    customers:
      - id: c1
        name: "\"quoted\" & <b>bold</b> \\N \\l"
    teams:
      - id: t1
        name: "</text><script>alert(1)</script>"
        department: "</g><svg onload=alert(2)>"
        serves:
          - to: c1
            delivers: "&amp; \\E \\T \\H \\L back\\slash"
            standard: {measure: "<m>", target: 95, actual: 80, unit: "%"}
    """#

    static func analysis(_ yaml: String, file: String = "test.yaml") throws -> Analysis {
        let loaded = try ModelLoader.load(bytes: Array(yaml.utf8), file: file)
        return Analysis(loaded.organisation)
    }
}
