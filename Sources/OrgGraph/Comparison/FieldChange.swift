/// One field that differs between two versions of a team, customer or link.
///
/// Values are in display form, as the text report prints them: numbers
/// without a spurious `.0` and with their unit, lists joined with `, `;
/// `nil` when the field is not set in that version.
public struct FieldChange: Hashable, Sendable {
    /// The field, as the model file names it: `name`, `tier`, `department`,
    /// `headcount`, `champions`, `reports-to`, `status`, `delivers`, `standard`
    /// (the standard appeared or went), `standard.measure`, `standard.target`,
    /// `standard.actual`, `standard.unit`, `standard.better`, or `id` for a rename.
    public var field: String
    /// The old value; `nil`: not set.
    public var old: String?
    /// The new value; `nil`: not set.
    public var new: String?

    /// Creates a field change.
    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}

extension [FieldChange] {
    /// Appends a change of `field` when the two values differ.
    mutating func compare(_ field: String, _ old: String?, _ new: String?) {
        if old != new { append(FieldChange(field: field, old: old, new: new)) }
    }
}
