/// What a CSV column holds, and the header names HR systems use for it.
public enum ColumnRole: String, Hashable, Sendable, CaseIterable {
    /// A person's or team's id.
    case id
    /// The person's manager (an id, employee number, e-mail or name).
    case manager
    /// A second, dotted-line manager.
    case dottedLine = "dotted-line"
    /// The team or department a person belongs to.
    case team
    /// The full name.
    case name
    /// The first name, joined with ``lastName`` when there is no full name.
    case firstName = "first-name"
    /// The last name.
    case lastName = "last-name"
    /// The job title.
    case title
    /// The e-mail address.
    case email
    /// The employee number.
    case employeeNumber = "employee-number"
    /// Team exports: the teams served, `;` between ids.
    case serves
    /// Team exports: the tier.
    case tier
    /// Team exports: the number of people.
    case headcount
    /// Team exports: the department.
    case department

    /// Usual header names, normalised (lower case, letters and digits only),
    /// best first: generic, Workday, BambooHR, HiBob, Personio, Google
    /// Workspace, SCIM and Microsoft Entra spellings.
    var headerNames: [String] {
        switch self {
        case .id:
            ["id", "employeeid", "workerid", "personid", "userid", "staffid", "personalid", "uid"]
        case .manager:
            ["parentid", "managerid", "bossid", "supervisorid", "reportstoid", "managerempid", "manageremployeeid",
             "manageremployeenumber", "manageremail", "manageremailaddress", "supervisoremail", "manager", "supervisor",
             "reportsto", "linemanager", "linemanagerid", "boss", "parent", "managerworkerid", "directmanager"]
        case .dottedLine:
            ["dottedlinemanagerid", "dottedlinemanager", "dottedline", "dottedlineid", "secondmanager", "secondarymanager",
             "secondarymanagerid", "matrixmanager", "matrixmanagerid", "functionalmanager", "functionalmanagerid"]
        case .team:
            ["team", "teamname", "departmentname", "department", "dept", "division", "orgunit", "organisationalunit",
             "organizationalunit", "businessunit", "costcentre", "costcenter"]
        case .name:
            ["fullname", "name", "displayname", "employeename", "preferredname", "legalname", "personname"]
        case .firstName:
            ["firstname", "givenname", "preferredfirstname", "forename"]
        case .lastName:
            ["lastname", "surname", "familyname", "sn"]
        case .title:
            ["jobtitle", "title", "position", "positionname", "positiontitle", "employeetitle", "job", "role", "businesstitle"]
        case .email:
            ["emailaddress", "email", "workemail", "primaryemail", "mail", "businessemail", "userprincipalname"]
        case .employeeNumber:
            ["employeenumber", "employeeno", "personnelnumber", "staffnumber", "payrollnumber"]
        case .serves:
            ["serves", "servesids", "customers"]
        case .tier:
            ["tier", "layer"]
        case .headcount:
            ["headcount", "numberofpeople", "people"]
        case .department:
            ["department", "departmentname", "dept", "division"]
        }
    }

    /// `Email Address [Required]` -> `emailaddress`: lower case, the
    /// `[...]` and `(...)` suffixes dropped, only letters and digits kept.
    static func normalise(_ header: String) -> String {
        var text = header.lowercased()
        while let open = text.lastIndex(where: { $0 == "[" || $0 == "(" }), text[open...].contains(where: { $0 == "]" || $0 == ")" }),
              !text[..<open].allSatisfy(\.isWhitespace) {
            text = String(text[..<open])
        }
        return String(text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init)).lowercased()
    }
}
