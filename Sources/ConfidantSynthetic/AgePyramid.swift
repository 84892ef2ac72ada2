import ConfidantCore

/// Ages drawn from a population pyramid shaped like England and Wales in the 2021 census
/// (five-year bands, millions of people), cut off at the registry's earliest birth date.
struct AgePyramid: Sendable {
    /// People per five-year band from age 0-4 to 95-99.
    private static let bands: [Double] = [
        3.3, 3.6, 3.6, 3.4, 3.6, 3.9, 4.1, 3.9, 3.7, 3.9, 4.2, 4.1, 3.5, 3.0, 3.0, 2.2, 1.5, 0.9, 0.4, 0.1,
    ]
    private static let daysPerBand = 1826  // five years, one leap day

    /// Age ranges in days, weighted by the share of the band that fits before the cut-off.
    private let table: WeightedTable<ClosedRange<Int>>

    /// - Parameters:
    ///   - minimumDays: the youngest age (newborns are registered a couple of weeks after birth).
    ///   - maximumDays: the oldest age, from the earliest birth date to the reference date.
    init(minimumDays: Int, maximumDays: Int) {
        precondition(minimumDays <= maximumDays, "the age range is empty")
        var entries: [(ClosedRange<Int>, Double)] = []
        for (band, people) in Self.bands.enumerated() {
            let low = max(band * Self.daysPerBand, minimumDays)
            let high = min((band + 1) * Self.daysPerBand - 1, maximumDays)
            guard low <= high else { continue }
            entries.append((low...high, people * Double(high - low + 1) / Double(Self.daysPerBand)))
        }
        if entries.isEmpty || maximumDays >= Self.bands.count * Self.daysPerBand {
            // Past the last band (a reference date far in the future): a thin uniform tail.
            let low = max(Self.bands.count * Self.daysPerBand, minimumDays)
            if low <= maximumDays { entries.append((low...maximumDays, 0.05)) }
        }
        table = WeightedTable(entries)
    }

    /// An age in days.
    func age(using rng: inout SeededRandomGenerator) -> Int {
        let range = table.pick(using: &rng)
        return rng.int(in: range)
    }
}
