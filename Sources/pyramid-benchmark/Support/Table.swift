/// A plain text table with left-aligned columns, printed row by row: a
/// column is as wide as its header, at least `minimumWidth`, plus two spaces.
final class Table {
    let headers: [String]
    let minimumWidth: Int
    init(_ headers: [String], minimumWidth: Int = 8) {
        self.headers = headers
        self.minimumWidth = minimumWidth
    }

    func printHeader() { printRow(headers) }

    func printRow(_ cells: [String]) {
        print(zip(cells, headers).map { cell, header in
            let width = max(header.count, minimumWidth) + 2
            return cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count)
        }.joined())
    }
}
