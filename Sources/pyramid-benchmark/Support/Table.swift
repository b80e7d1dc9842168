/// A plain text table with left-aligned columns.
final class Table {
    let headers: [String]
    init(_ headers: [String]) { self.headers = headers }

    func printHeader() { printRow(headers) }

    func printRow(_ cells: [String]) {
        print(zip(cells, headers).map { cell, header in
            let width = max(header.count, 8) + 2
            return cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
        }.joined())
    }
}
