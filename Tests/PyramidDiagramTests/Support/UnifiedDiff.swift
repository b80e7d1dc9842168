/// A small line-based unified diff (longest common subsequence), enough to
/// read a golden-file mismatch.
enum UnifiedDiff {
    static func make(expected: String, actual: String, context: Int = 2) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // LCS table, from the end.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lines: [(Character, String)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                lines.append((" ", a[i])); i += 1; j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                lines.append(("-", a[i])); i += 1
            } else {
                lines.append(("+", b[j])); j += 1
            }
        }
        // Print every changed line with `context` unchanged lines around it.
        var shown = [Bool](repeating: false, count: lines.count)
        for (index, line) in lines.enumerated() where line.0 != " " {
            for k in max(0, index - context)...min(lines.count - 1, index + context) { shown[k] = true }
        }
        var output = ["--- expected", "+++ actual"]
        var previous = -1
        for index in lines.indices where shown[index] {
            if previous >= 0, index > previous + 1 { output.append("@@") }
            output.append(String(lines[index].0) + lines[index].1)
            previous = index
        }
        return output.joined(separator: "\n")
    }
}
