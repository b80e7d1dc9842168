/// A deterministic generated company for layout tests and measurements:
/// four customer segments; departments of 8-10 teams (about 55% front line
/// serving one or two segments, the rest support serving the department's
/// front line, now and then another department's or a support team), each
/// under a department head; heads under a director per six departments;
/// directors under a chief executive. `teams` is the exact team count.
///
/// Self-contained (no imports) so it can also be compiled on its own to
/// write the YAML for the measurements in docs/rendering.md.
enum GeneratedCompany {
    static func yaml(teams teamCount: Int, seed: UInt64 = 7) -> String {
        var state = seed &* 6364136223846793005 &+ 1442695040888963407
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let customers = ["consumers", "small-business", "enterprise", "partners"]
        let words = ["Claims", "Billing", "Onboarding", "Field service", "Support desk", "Payments", "Platform",
                     "Data", "Logistics", "Quality", "Sales", "Renewals", "Repairs", "Returns", "Content", "Security"]
        var lines = ["organisation: Generated company of \(teamCount) teams", "customers:"]
        for customer in customers {
            lines.append("  - id: \(customer)")
            lines.append("    name: \(customer.prefix(1).uppercased() + customer.dropFirst().replacingDashes())")
        }
        lines.append("teams:")
        lines.append("  - id: ceo")
        lines.append("    name: Chief executive")
        lines.append("    department: Executive")
        var count = 1
        var department = 0
        var director = ""
        var frontLines: [[String]] = []
        var supports: [String] = []
        while count < teamCount {
            if department % 6 == 0 {
                director = "director-\(department / 6 + 1)"
                lines += ["  - id: \(director)", "    name: Director \(department / 6 + 1)",
                          "    department: Executive", "    reports-to: ceo"]
                count += 1
                if count >= teamCount { break }
            }
            department += 1
            let head = "head-\(department)"
            let name = "Department \(department)"
            lines += ["  - id: \(head)", "    name: Head of \(words[department % words.count]) \(department)",
                      "    department: \(name)", "    reports-to: \(director)", "    headcount: 1"]
            count += 1
            let size = min(8 + next(3), teamCount - count)
            var ownFrontLine: [String] = []
            for member in 0..<size {
                let id = "t\(department)-\(member + 1)"
                lines += ["  - id: \(id)", "    name: \(words[(department + member) % words.count]) \(department).\(member + 1)",
                          "    department: \(name)", "    reports-to: \(head)", "    headcount: \(3 + next(12))"]
                var serves: [String] = []
                if member == 0 || next(100) < 55 {
                    serves.append(customers[next(customers.count)])
                    if next(3) == 0 { serves.append(customers[next(customers.count)]) }
                    ownFrontLine.append(id)
                } else {
                    serves.append(ownFrontLine[next(ownFrontLine.count)])
                    let roll = next(100)
                    if roll < 15, let other = frontLines.last?.first {
                        serves.append(other)
                    } else if roll < 25, let other = supports.last {
                        serves.append(other)
                    }
                    supports.append(id)
                }
                lines.append("    serves: [\(Array(Set(serves)).sorted().joined(separator: ", "))]")
            }
            frontLines.append(ownFrontLine)
            count += size
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension StringProtocol {
    fileprivate func replacingDashes() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
