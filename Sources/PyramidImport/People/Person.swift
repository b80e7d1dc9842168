/// One row of a people export, after its values were read.
struct Person {
    /// The row number (the header is row 1) and the line it starts on.
    var row: Int
    var line: Int
    /// The id as written (trimmed).
    var id: String
    /// The full name, or `nil` for a vacancy.
    var name: String?
    var title: String?
    var team: String?
    var department: String?
    var email: String?
    var employeeNumber: String?
    /// The manager and dotted-line manager values, as written (trimmed).
    var managerValue: String?
    var dottedValue: String?
    /// Resolved managers, as indices into the people; `nil` for none.
    var manager: Int?
    var dotted: Int?

    /// How the person is named in messages: `Steven King (id 100)`.
    var label: String {
        "\(name ?? "vacancy") (id \(id))"
    }
}
