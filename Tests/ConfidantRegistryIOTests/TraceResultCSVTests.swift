import ConfidantCore
import ConfidantTrace
import Foundation
import PropertyBased
import Testing

@testable import ConfidantRegistryIO

/// The batch trace output: every number as `%.6f` writes it, NHS numbers with their
/// leading zeros, and query identifiers quoted when they must be.
@Suite struct TraceResultCSVTests {
    static func sixDecimals(_ value: Double) -> String {
        var bytes: [UInt8] = []
        TraceResultCSV.appendSixDecimals(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func probabilitiesAreWrittenAsPrintfWritesThem() async {
        await propertyCheck(count: 2_000, input: Gen.double(in: 0...1)) { value in
            #expect(Self.sixDecimals(value) == String(format: "%.6f", value))
        }
    }

    /// Exact halves (k/128 scaled by a million ends in .5) round to even, as the C library
    /// does; values a hair either side of a half round away from it.
    @Test func halvesAndNearHalvesRoundAsPrintfDoes() {
        var values: [Double] = (0...128).map { Double($0) / 128 }
        for units in stride(from: 0.0, through: 1_000_000, by: 997) {
            let half = (units + 0.5) / 1_000_000
            values += [half, half.nextUp, half.nextDown, half.nextUp.nextUp, half.nextDown.nextDown]
        }
        values += [
            0, 1, 0.000_000_4, 0.000_000_5, 0.000_000_6, 0.999_999_5, 0.999_999_4, .leastNonzeroMagnitude, 1e-300,
        ]
        for value in values {
            #expect(Self.sixDecimals(value) == String(format: "%.6f", value), "value \(value)")
        }
    }

    @Test(arguments: [-0.25, -0.0, 1_000.000_000_5, 123_456_789.123_456_7, 1e300, .infinity, -.infinity, .nan])
    func valuesOutsideTheFastRangeStillMatchPrintf(value: Double) {
        #expect(Self.sixDecimals(value) == String(format: "%.6f", value))
    }

    @Test func aRowListsTheMatchAndEveryCandidate() throws {
        let first = try NHSNumber("0000000191")
        let second = try NHSNumber("9434765919")
        let result = TraceResult(
            outcome: .match, stage: .fuzzy,
            candidates: [Self.candidate(first, 0.999_438_2), Self.candidate(second, 0.000_000_2)],
            matchedNHSNumber: first)
        var bytes: [UInt8] = []
        TraceResultCSV.appendRow(id: "q1", result, to: &bytes)
        #expect(
            String(decoding: bytes, as: UTF8.self)
                == "q1,0000000191,0.999438,match,0000000191:0.999438;9434765919:0.000000\n")
    }

    @Test func aQueryWithoutCandidatesLeavesItsFieldsEmptyAndAnAwkwardIdIsQuoted() {
        let result = TraceResult(outcome: .insufficient, stage: nil, candidates: [], reason: "too little")
        var bytes: [UInt8] = []
        TraceResultCSV.appendRow(id: "case \"7\", part 2", result, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\"case \"\"7\"\", part 2\",,,insufficient,\n")
    }

    static func candidate(_ number: NHSNumber, _ probability: Double) -> TraceCandidate {
        TraceCandidate(
            nhsNumber: number, probability: probability, matchWeight: 0, agreement: [], foundBy: [],
            isDeceased: false, isRestricted: false)
    }
}
