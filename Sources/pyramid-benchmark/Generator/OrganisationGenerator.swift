import OrgGraph

/// SplitMix64: a small seeded generator, so every run builds the same organisations.
///
/// The same ten lines are in `OrgGraphTests` (`AnalysisTestSupport.swift`)
/// and `PyramidImportTests` (`ImportPropertyTests.swift`), on purpose: the
/// only library all three could share it through is `OrgGraph`, whose
/// small public API is for models, not test randomness, and a library
/// target of its own for one struct is more package than it saves (test
/// targets must not depend on this executable).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds seeded random organisations with a realistic shape:
/// about 15% leadership teams in a 7-ary reporting tree, 50% front-line teams
/// serving one or two customer segments, 35% support teams in four layers each
/// serving one to three teams of the layer above (fan-in), every non-leader
/// reporting to a leader (2% to two: matrix), and a sprinkling of trouble:
/// 2% broken links, 3% breached standards, 1% sideways or backward links that
/// make supplier cycles, 0.5% upward-facing links, 0.1% isolated teams.
///
/// Like real organisations, links are mostly local: a team's leader and the
/// teams it serves are picked near its own position in the layer (its
/// department), 5% anywhere. With `scattered`, every pick is uniform over
/// the whole layer: the worst case for memory locality.
enum OrganisationGenerator {
    static func make(teams count: Int, seed: UInt64, scattered: Bool = false) -> Organisation {
        var rng = SplitMix64(seed: seed)
        let file = "bench-\(count).yaml"
        func at(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 5) }

        let customerCount = 4 + count / 50_000
        let customers = (0 ..< customerCount).map { Customer(id: "segment-\($0)", location: at($0 + 1)) }
        let leaders = max(1, count * 15 / 100)
        let frontLine = max(1, count / 2)
        let supportLayers = 4
        let firstFront = leaders
        let firstSupport = leaders + frontLine
        let supportCount = max(0, count - firstSupport)

        func id(_ t: Int) -> String { "t\(t)" }
        func layer(ofSupport t: Int) -> Int { (t - firstSupport) * supportLayers / max(supportCount, 1) }
        /// A pick in `range`, near the relative position `fraction` unless scattered.
        func pick(in range: Range<Int>, near fraction: Double, _ rng: inout SplitMix64) -> Int {
            guard !scattered, range.count > 400, Int.random(in: 0 ..< 20, using: &rng) != 0 else {
                return Int.random(in: range, using: &rng)
            }
            let centre = range.lowerBound + Int(fraction * Double(range.count))
            let low = max(range.lowerBound, centre - 200)
            let high = min(range.upperBound, centre + 200)
            return Int.random(in: low ..< max(high, low + 1), using: &rng)
        }
        func randomLeader(_ t: Int, _ rng: inout SplitMix64) -> Int {
            leaders == 1 ? 0 : pick(in: (leaders / 2) ..< leaders, near: Double(t) / Double(count), &rng)
        }
        func link(to target: String, line: Int, _ rng: inout SplitMix64) -> ServiceLink {
            let roll = Int.random(in: 0 ..< 100, using: &rng)
            if roll < 2 { return ServiceLink(to: target, status: .broken, location: at(line)) }
            if roll < 5 {
                return ServiceLink(to: target, standard: ServiceStandard(measure: "on time", target: 95, actual: 80, unit: "%"), location: at(line))
            }
            if roll < 20 {
                return ServiceLink(to: target, standard: ServiceStandard(measure: "on time", target: 95, actual: 97, unit: "%"), location: at(line))
            }
            return ServiceLink(to: target, location: at(line))
        }

        var teams: [Team] = []
        teams.reserveCapacity(count)
        var line = customerCount + 1
        for t in 0 ..< count {
            line += 4
            var reportsTo: [Located<String>] = []
            var serves: [ServiceLink] = []
            let isolated = Int.random(in: 0 ..< 1000, using: &rng) == 0 && t > 0
            if t < leaders {
                if t > 0 { reportsTo.append(Located(id((t - 1) / 7), at: at(line + 1))) }
                if Int.random(in: 0 ..< 5, using: &rng) == 0, count > leaders {
                    serves.append(link(to: id(pick(in: firstFront ..< count, near: Double(t) / Double(leaders), &rng)), line: line + 2, &rng))
                }
            } else if !isolated {
                let leader = randomLeader(t, &rng)
                reportsTo.append(Located(id(leader), at: at(line + 1)))
                if Int.random(in: 0 ..< 50, using: &rng) == 0 {
                    let second = randomLeader(t, &rng)
                    if second != leader { reportsTo.append(Located(id(second), at: at(line + 1))) }
                }
                if t < firstSupport {
                    serves.append(link(to: customers[Int.random(in: 0 ..< customerCount, using: &rng)].id, line: line + 2, &rng))
                    if Int.random(in: 0 ..< 3, using: &rng) == 0 {
                        serves.append(link(to: customers[Int.random(in: 0 ..< customerCount, using: &rng)].id, line: line + 3, &rng))
                    }
                } else {
                    // Serve the layer above: front line for layer 0, else the previous support layer.
                    let l = layer(ofSupport: t)
                    let above: Range<Int> = l == 0
                        ? firstFront ..< firstSupport
                        : (firstSupport + (l - 1) * supportCount / supportLayers) ..< (firstSupport + l * supportCount / supportLayers)
                    let layerStart = firstSupport + l * supportCount / supportLayers
                    let layerEnd = firstSupport + (l + 1) * supportCount / supportLayers
                    let fraction = Double(t - layerStart) / Double(max(layerEnd - layerStart, 1))
                    for k in 0 ..< Int.random(in: 1 ... 3, using: &rng) where !above.isEmpty {
                        serves.append(link(to: id(pick(in: above, near: fraction, &rng)), line: line + 2 + k, &rng))
                    }
                }
                let trouble = Int.random(in: 0 ..< 200, using: &rng)
                if trouble < 2 {
                    // Sideways or backward: a random team further down.
                    serves.append(link(to: id(Int.random(in: firstFront ..< count, using: &rng)), line: line + 3, &rng))
                } else if trouble == 2 {
                    serves.append(ServiceLink(to: id(leader), location: at(line + 3)))
                }
            }
            teams.append(Team(id: id(t), reportsTo: reportsTo, serves: serves, location: at(line)))
        }
        return Organisation(name: "Benchmark \(count)", customers: customers, teams: teams, file: file)
    }
}
