import ConfidantCore
import ConfidantSynthetic
import Testing

@testable import ConfidantTrace

@Suite struct TraceEvaluationTests {
    private func result(_ outcome: TraceResult.Outcome, top: NHSNumber?, probability: Double) -> TraceResult {
        let candidates = top.map {
            [
                TraceCandidate(
                    nhsNumber: $0, probability: probability, matchWeight: 10, agreement: [], foundBy: [.exact],
                    isDeceased: false, isRestricted: false)
            ]
        }
        return TraceResult(
            outcome: outcome, stage: .exact, candidates: candidates ?? [],
            matchedNHSNumber: outcome == .match ? top : nil)
    }

    @Test func metricsFollowTheirDefinitions() {
        let a = Fixture.nhsNumber(1)
        let b = Fixture.nhsNumber(2)
        let query = TraceQuery(familyName: "X", birthDate: Fixture.date("2000-01-01"))
        var evaluation = TraceEvaluation()
        evaluation.record(
            LabelledQuery(query: query, truth: a, corruptions: []), result(.match, top: a, probability: 0.95))
        evaluation.record(
            LabelledQuery(query: query, truth: a, corruptions: [.nickname]), result(.match, top: b, probability: 0.95))
        evaluation.record(
            LabelledQuery(query: query, truth: nil, corruptions: []), result(.match, top: b, probability: 0.95))
        evaluation.record(
            LabelledQuery(query: query, truth: b, corruptions: []), result(.ambiguous, top: b, probability: 0.5))
        evaluation.record(
            LabelledQuery(query: query, truth: nil, corruptions: []), result(.noMatch, top: nil, probability: 0))
        #expect(evaluation.queries == 5)
        #expect(evaluation.withTrueMatch == 3)
        #expect(abs(evaluation.topOneAccuracy - 2.0 / 3.0) < 1e-9)
        #expect(abs(evaluation.precision - 1.0 / 3.0) < 1e-9)
        #expect(abs(evaluation.recall - 1.0 / 3.0) < 1e-9)
        #expect(abs(evaluation.falseMatchRate - 2.0 / 5.0) < 1e-9)
        #expect(evaluation.byCorruption["nickname"]?.falseMatches == 1)
        // Bins: 0.9 holds three predictions of 0.95 with one right; 0.5 one of 0.5, right; 0.0 one of 0, wrong.
        let expected = (3.0 / 5.0) * abs(0.95 - 1.0 / 3.0) + (1.0 / 5.0) * abs(0.5 - 1) + 0
        #expect(abs(evaluation.expectedCalibrationError - expected) < 1e-9)
    }

    @Test func aSmallEvaluationRunsEndToEndWithSaneFigures() async throws {
        let index = InMemoryTraceIndex(profiles: Fixture.profiles)
        let tracer = Tracer(model: Fixture.model, source: index)
        let corruptor = QueryCorruptor(seed: 12, rates: .evaluation, referenceDate: Fixture.referenceDate)
        var queries = (0..<270).map { corruptor.query(for: Fixture.patients[$0 * 11], index: $0) }
        queries += (0..<30).map {
            corruptor.query(for: Fixture.registry.patient(at: 50_000 + $0), index: 1_000 + $0, inRegistry: false)
        }
        let evaluation = try await TraceEvaluation.run(queries, tracer: tracer, source: index)
        #expect(evaluation.queries == 300)
        #expect(evaluation.topOneAccuracy > 0.95)
        #expect(evaluation.falseMatchRate < 0.01)
        #expect(evaluation.unionRecall > 0.97)
        #expect(evaluation.ruleRecall.count == BlockingRule.allCases.count)
        #expect(evaluation.expectedCalibrationError < 0.05)
    }
}
