/// The minimum-cost path through a sclite word alignment (correct 0, substitution 4,
/// deletion 3, insertion 3) in memory linear in the longer word list.
///
/// Of the paths of equal cost it always finds the one a full cost matrix traced back from
/// the end gives when it prefers the diagonal, then a deletion, then an insertion: small
/// rectangles are solved with such a matrix (of one byte per cell); larger ones are cut in
/// two at the row where that path leaves the middle row (Hirschberg's divide and conquer),
/// found by a forward pass that carries, for every cell, the column where the path to it
/// left the middle row. Both halves are rectangles whose paths are the same as that path's
/// pieces, so the result is identical to the full matrix's, not just equally cheap.
enum AlignmentSearch {
    typealias Operation = WordAlignment.Operation

    static let substitutionCost: Int32 = 4, deletionCost: Int32 = 3, insertionCost: Int32 = 3

    /// Rectangles of at most this many cells are solved with a full matrix (4 MB of moves).
    static let defaultCellLimit = 4_000_000

    /// The words as numbers, equal words equal numbers: comparing them is cheap.
    static func numbered(_ reference: [String], _ hypothesis: [String]) -> (reference: [Int32], hypothesis: [Int32]) {
        var ids: [String: Int32] = [:]
        func id(_ word: String) -> Int32 {
            if let known = ids[word] { return known }
            let new = Int32(ids.count)
            ids[word] = new
            return new
        }
        return (reference.map(id), hypothesis.map(id))
    }

    /// The operations of the path, from the start of both lists.
    static func path(_ reference: [Int32], _ hypothesis: [Int32], cellLimit: Int = defaultCellLimit) -> [Operation] {
        var out: [Operation] = []
        out.reserveCapacity(max(reference.count, hypothesis.count))
        reference.withUnsafeBufferPointer { ref in
            hypothesis.withUnsafeBufferPointer { hyp in
                solve(ref, hyp, rows: 0..<ref.count, columns: 0..<hyp.count, cellLimit: max(4, cellLimit), into: &out)
            }
        }
        return out
    }

    /// The path's substitutions, deletions and insertions, from one forward pass that
    /// carries the substitutions of the path to each cell: with its cost (4S + 3D + 3I)
    /// and D − I = reference words − hypothesis words, they give D and I.
    static func counts(_ reference: [Int32], _ hypothesis: [Int32]) -> (substitutions: Int, deletions: Int, insertions: Int) {
        let n = reference.count, m = hypothesis.count
        guard n > 0, m > 0 else { return (0, n, m) }
        let width = m + 1
        let rows = UnsafeMutablePointer<Int32>.allocate(capacity: 4 * width)
        defer { rows.deallocate() }
        var cost = rows, nextCost = rows + width, subs = rows + 2 * width, nextSubs = rows + 3 * width
        for j in 0...m {
            cost[j] = Int32(j) * insertionCost
            subs[j] = 0
        }
        hypothesis.withUnsafeBufferPointer { hyp in
            for i in 1...n {
                let word = reference[i - 1]
                var left = Int32(i) * deletionCost, leftSubs: Int32 = 0
                var corner = cost[0], cornerSubs = subs[0]
                nextCost[0] = left
                nextSubs[0] = 0
                for j in 1...m {
                    let above = cost[j], aboveSubs = subs[j]
                    let differs: Int32 = word == hyp[j - 1] ? 0 : 1
                    // Ties keep the diagonal, then the deletion (as the traceback prefers).
                    var best = corner + differs * substitutionCost, bestSubs = cornerSubs + differs
                    if above + deletionCost < best { best = above + deletionCost; bestSubs = aboveSubs }
                    if left + insertionCost < best { best = left + insertionCost; bestSubs = leftSubs }
                    nextCost[j] = best
                    nextSubs[j] = bestSubs
                    (left, leftSubs, corner, cornerSubs) = (best, bestSubs, above, aboveSubs)
                }
                swap(&cost, &nextCost)
                swap(&subs, &nextSubs)
            }
        }
        let s = Int(subs[m]), gaps = (Int(cost[m]) - 4 * s) / 3
        return (s, (gaps + n - m) / 2, (gaps - n + m) / 2)
    }

    private static func solve(_ ref: UnsafeBufferPointer<Int32>, _ hyp: UnsafeBufferPointer<Int32>, rows: Range<Int>, columns: Range<Int>,
                              cellLimit: Int, into out: inout [Operation]) {
        let n = rows.count, m = columns.count
        if n == 0 { out.append(contentsOf: repeatElement(.insertion, count: m)); return }
        if m == 0 { out.append(contentsOf: repeatElement(.deletion, count: n)); return }
        if (n + 1) * (m + 1) <= cellLimit {
            full(ref, hyp, rows: rows, columns: columns, into: &out)
            return
        }
        let middle = n / 2
        let exit = crossing(ref, hyp, rows: rows, columns: columns, middle: middle)
        let row = rows.lowerBound + middle, column = columns.lowerBound + exit.column
        solve(ref, hyp, rows: rows.lowerBound..<row, columns: columns.lowerBound..<column, cellLimit: cellLimit, into: &out)
        if exit.diagonal {
            out.append(ref[row] == hyp[column] ? .correct : .substitution)
            solve(ref, hyp, rows: row + 1..<rows.upperBound, columns: column + 1..<columns.upperBound, cellLimit: cellLimit, into: &out)
        } else {
            out.append(.deletion)
            solve(ref, hyp, rows: row + 1..<rows.upperBound, columns: column..<columns.upperBound, cellLimit: cellLimit, into: &out)
        }
    }

    /// Where the path leaves row `middle` (0 ≤ middle < rows) of the rectangle: the column
    /// it is in, relative to the rectangle, and whether it steps down diagonally or straight.
    private static func crossing(_ ref: UnsafeBufferPointer<Int32>, _ hyp: UnsafeBufferPointer<Int32>, rows: Range<Int>, columns: Range<Int>,
                                 middle: Int) -> (column: Int, diagonal: Bool) {
        let n = rows.count, m = columns.count, width = m + 1
        let h = hyp.baseAddress! + columns.lowerBound // h[j - 1]: the word of column j
        let costRows = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * width)
        defer { costRows.deallocate() }
        // exit[j]: the column where the path to this cell left row `middle`, times 2, plus
        // 1 when it left diagonally. In row `middle` itself, every cell is its own exit.
        let exitRows = UnsafeMutablePointer<Int>.allocate(capacity: 2 * width)
        defer { exitRows.deallocate() }
        var cost = costRows, nextCost = costRows + width, exit = exitRows, nextExit = exitRows + width
        for j in 0...m {
            cost[j] = Int32(j) * insertionCost
            exit[j] = j << 1
        }
        for i in 1...n {
            let word = ref[rows.lowerBound + i - 1]
            var left = Int32(i) * deletionCost, corner = cost[0]
            nextCost[0] = left
            if i <= middle {
                for j in 1...m {
                    let above = cost[j]
                    var best = corner + (word == h[j - 1] ? 0 : substitutionCost)
                    if above + deletionCost < best { best = above + deletionCost }
                    if left + insertionCost < best { best = left + insertionCost }
                    nextCost[j] = best
                    (left, corner) = (best, above)
                }
            } else {
                let leaving = i == middle + 1 ? 1 : 0
                var leftExit = exit[0], cornerExit = exit[0]
                nextExit[0] = leftExit
                for j in 1...m {
                    let above = cost[j], aboveExit = exit[j]
                    var best = corner + (word == h[j - 1] ? 0 : substitutionCost), bestExit = cornerExit | leaving
                    if above + deletionCost < best { best = above + deletionCost; bestExit = aboveExit }
                    if left + insertionCost < best { best = left + insertionCost; bestExit = leftExit }
                    nextCost[j] = best
                    nextExit[j] = bestExit
                    (left, leftExit, corner, cornerExit) = (best, bestExit, above, aboveExit)
                }
                swap(&exit, &nextExit)
            }
            swap(&cost, &nextCost)
        }
        return (exit[m] >> 1, exit[m] & 1 == 1)
    }

    /// The path through a rectangle from a matrix of the move into each cell.
    private static func full(_ ref: UnsafeBufferPointer<Int32>, _ hyp: UnsafeBufferPointer<Int32>, rows: Range<Int>, columns: Range<Int>,
                             into out: inout [Operation]) {
        let n = rows.count, m = columns.count, width = m + 1
        let r = ref.baseAddress! + rows.lowerBound, h = hyp.baseAddress! + columns.lowerBound // r[i - 1]: the word of row i
        let diagonalMove: UInt8 = 0, upMove: UInt8 = 1, leftMove: UInt8 = 2
        let moves = UnsafeMutablePointer<UInt8>.allocate(capacity: (n + 1) * width)
        defer { moves.deallocate() }
        let costRows = UnsafeMutablePointer<Int32>.allocate(capacity: 2 * width)
        defer { costRows.deallocate() }
        var cost = costRows, nextCost = costRows + width
        for j in 0...m {
            cost[j] = Int32(j) * insertionCost
            moves[j] = leftMove
        }
        for i in 1...n {
            let word = r[i - 1]
            let row = moves + i * width
            var left = Int32(i) * deletionCost, corner = cost[0]
            nextCost[0] = left
            row[0] = upMove
            for j in 1...m {
                let above = cost[j]
                var best = corner + (word == h[j - 1] ? 0 : substitutionCost), move = diagonalMove
                if above + deletionCost < best { best = above + deletionCost; move = upMove }
                if left + insertionCost < best { best = left + insertionCost; move = leftMove }
                nextCost[j] = best
                row[j] = move
                (left, corner) = (best, above)
            }
            swap(&cost, &nextCost)
        }
        var reversed: [Operation] = []
        reversed.reserveCapacity(n + m)
        var i = n, j = m
        while i > 0 || j > 0 {
            switch moves[i * width + j] {
            case diagonalMove:
                reversed.append(r[i - 1] == h[j - 1] ? .correct : .substitution)
                i -= 1; j -= 1
            case upMove:
                reversed.append(.deletion)
                i -= 1
            default:
                reversed.append(.insertion)
                j -= 1
            }
        }
        out.append(contentsOf: reversed.reversed())
    }
}
