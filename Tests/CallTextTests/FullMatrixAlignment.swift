@testable import CallText

/// The alignment as it was computed before it ran in linear memory: a full
/// (n+1)×(m+1) cost matrix traced back from the end, preferring the diagonal, then a
/// deletion, then an insertion. Kept as the reference the linear-memory search must equal.
enum FullMatrixAlignment {
    static func operations(reference: [String], hypothesis: [String]) -> [WordAlignment.Operation] {
        let n = reference.count, m = hypothesis.count
        var cost = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { cost[i][0] = i * 3 }
        for j in 0...m { cost[0][j] = j * 3 }
        if n > 0 && m > 0 {
            for i in 1...n {
                for j in 1...m {
                    let diagonal = cost[i - 1][j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 4)
                    cost[i][j] = min(diagonal, cost[i - 1][j] + 3, cost[i][j - 1] + 3)
                }
            }
        }
        var out: [WordAlignment.Operation] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            if i > 0 && j > 0 {
                let same = reference[i - 1] == hypothesis[j - 1]
                if cost[i][j] == cost[i - 1][j - 1] + (same ? 0 : 4) {
                    out.append(same ? .correct : .substitution)
                    i -= 1; j -= 1
                    continue
                }
            }
            if i > 0 && cost[i][j] == cost[i - 1][j] + 3 {
                out.append(.deletion)
                i -= 1
            } else {
                out.append(.insertion)
                j -= 1
            }
        }
        return out.reversed()
    }
}
