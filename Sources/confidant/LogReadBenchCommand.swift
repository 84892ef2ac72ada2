import ArgumentParser
import ConfidantStore
import Foundation
import Logging
import TransparencyLog

/// `confidant log bench-reads`: how fast the log answers readers, on a log already filled
/// (by `log bench` or by the server): inclusion proofs as `/v1/log/proof/inclusion`
/// builds them, and full tiles as `/log/tile/…` reads them from the store.
struct LogReadBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-reads",
        abstract: "Measure inclusion proofs and full-tile reads on an existing log (microseconds).")

    @OptionGroup var store: StoreOptions

    @Option(help: "How many random entries to prove, and random full tiles to read.")
    var samples: Int = 10_000

    @Flag(help: "Print the result as JSON.")
    var json = false

    struct Result: Codable {
        var treeSize: UInt64
        var samples: Int
        var inclusionProofP50Microseconds: Double
        var inclusionProofP99Microseconds: Double
        var fullTileReadP50Microseconds: Double
        var fullTileReadP99Microseconds: Double
    }

    func validate() throws {
        guard (1...1_000_000).contains(samples) else { throw ValidationError("--samples must be 1 to 1000000") }
    }

    func run() async throws {
        try await reportingFailure {
            let samples = samples
            let result = try await store.withStore(logger: .init(label: "confidant.log")) { store in
                try await Self.measure(store, samples: samples)
            }
            if json { return try Output.json(result) }
            Output.line(
                "tree size \(result.treeSize): inclusion proof p50 \(Self.format(result.inclusionProofP50Microseconds)) µs, "
                    + "p99 \(Self.format(result.inclusionProofP99Microseconds)) µs; full tile read p50 "
                    + "\(Self.format(result.fullTileReadP50Microseconds)) µs, p99 "
                    + "\(Self.format(result.fullTileReadP99Microseconds)) µs")
        }
    }

    static func measure(_ store: any ConfidantStorage, samples: Int) async throws -> Result {
        let size = try await store.latestTreeSize()
        guard size >= 256 else {
            throw CommandFailure("the log has \(size) entries; fill it first (confidant log bench --appends N)")
        }
        var generator = SystemRandomNumberGenerator()
        // One cache for the run, as the server keeps one for its lifetime.
        let cache = TileCache()
        var proofs: [Double] = []
        for _ in 0..<samples {
            let index = UInt64.random(in: 0..<size, using: &generator)
            let began = ContinuousClock.now
            let reader = TileHashReader(treeSize: size, tiles: AnyLogStore(store), cache: cache)
            let proof = try await InclusionProof.generate(index: index, treeSize: size, from: reader)
            proofs.append(microseconds(since: began))
            guard !proof.hashes.isEmpty else { throw CommandFailure("an empty proof for a log of \(size) entries") }
        }
        var tiles: [Double] = []
        for _ in 0..<samples {
            let tile = try Tile(level: 0, index: UInt64.random(in: 0..<(size / 256), using: &generator))
            let began = ContinuousClock.now
            guard let bytes = try await store.tile(tile), bytes.count == 256 * 32 else {
                throw CommandFailure("the log has no full tile \(tile.path)")
            }
            tiles.append(microseconds(since: began))
        }
        return Result(
            treeSize: size, samples: samples, inclusionProofP50Microseconds: percentile(proofs, 0.5),
            inclusionProofP99Microseconds: percentile(proofs, 0.99),
            fullTileReadP50Microseconds: percentile(tiles, 0.5),
            fullTileReadP99Microseconds: percentile(tiles, 0.99))
    }

    private static func microseconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
    }

    private static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }
}
