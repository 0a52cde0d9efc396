import CallDatabase
import ReportModel

extension CallFinalState {
    /// The report's `state`: the changes against the seed and the digests; nil when the
    /// domain reports none.
    var report: StateReport? {
        guard let seed, let snapshot, let changes else { return nil }
        func cells(_ values: [(column: String, value: SQLiteValue)]) -> [String: CellValue]? {
            values.isEmpty ? nil : Dictionary(values.map { ($0.column, Self.cell($0.value)) }, uniquingKeysWith: { first, _ in first })
        }
        return StateReport(
            digest: snapshot.digest, seedDigest: seed.digest,
            tables: changes.tables.map { .init(table: $0.table, inserted: $0.inserted, updated: $0.updated, deleted: $0.deleted) },
            rows: changes.rows.map { .init(table: $0.table, key: $0.key, change: $0.kind.rawValue, before: cells($0.before), after: cells($0.after)) })
    }

    static func cell(_ value: SQLiteValue) -> CellValue {
        switch value {
        case .null: .null
        case .integer(let number): .integer(number)
        case .real(let number): .real(number)
        case .text(let text): .text(text)
        case .blob: .text(value.literal)
        }
    }
}
