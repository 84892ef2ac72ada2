import ConfidantCore

extension QueryCorruptor {
    /// A reproducible evaluation set: `count` labelled queries, most about registry patients
    /// picked at random (with replacement), every `outsideEvery`-th about someone outside it.
    ///
    /// - Parameters:
    ///   - registrySize: registry patients are `patient(0..<registrySize)`.
    ///   - patient: the registry patient at an index.
    ///   - outsider: the `k`-th person who is not in the registry (for the synthetic registry,
    ///     `patient(at:)` beyond the seeded range).
    public func queries(
        count: Int, registrySize: Int, outsideEvery: Int = 10, patient: (Int) -> Patient,
        outsider: (Int) -> Patient
    ) -> [LabelledQuery] {
        var queries: [LabelledQuery] = []
        queries.reserveCapacity(count)
        for number in 0..<count {
            if outsideEvery > 0, number % outsideEvery == outsideEvery - 1 {
                queries.append(query(for: outsider(number / outsideEvery), index: number, inRegistry: false))
            } else {
                var rng = SeededRandomGenerator(seed: seed, index: number, stream: 0x7069_636B)
                queries.append(query(for: patient(rng.below(max(registrySize, 1))), index: number))
            }
        }
        return queries
    }
}
