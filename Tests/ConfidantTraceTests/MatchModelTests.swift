import ConfidantCore
import Foundation
import Testing

@testable import ConfidantTrace

@Suite struct MatchModelTests {
    let model = Fixture.model

    @Test func trainingGivesEveryLevelAProbabilityAndAgreementOutweighsDisagreement() {
        for comparison in Comparison.allCases {
            let levels = model.comparisons.first { $0.comparison == comparison.name }?.levels ?? []
            #expect(levels.map(\.name) == comparison.levels)
            #expect(abs(levels.reduce(0) { $0 + $1.m } - 1) < 1e-6)
            #expect(abs(levels.reduce(0) { $0 + $1.u } - 1) < 1e-6)
            #expect(model.weights[comparison.rawValue][0] > model.weights[comparison.rawValue].last ?? 0)
        }
        #expect(model.training.queriesWereSynthetic)
        #expect(model.training.emPairsByBirthDate > 0 && model.training.emPairsByName > 0)
        #expect(model.inRegistryProbability > 0.5 && model.inRegistryProbability < 1)
    }

    @Test func aCommonNameAgreeingIsWeakerEvidenceThanARareOne() {
        let date = Fixture.date("1980-03-07")
        let common = QueryFeatures(TraceQuery(givenNames: "John", familyName: "Smith", birthDate: date))
        let rare = QueryFeatures(TraceQuery(givenNames: "Peregrine", familyName: "Featherstonehaugh", birthDate: date))
        var exact = AgreementPattern()
        exact[.familyName] = Level.Family.exact
        exact[.givenName] = Level.Given.exact
        exact[.birthDate] = Level.BirthDate.exact
        let commonBits = model.bayesFactorBits(exact, model.terms(for: common))
        let rareBits = model.bayesFactorBits(exact, model.terms(for: rare))
        #expect(commonBits < rareBits)
        #expect(model.termFrequencies.familyNames["SMITH", default: 0] > 0.005)
    }

    @Test func probabilitiesAllowForTheOtherCandidates() {
        let one = model.posteriorProbabilities([40])
        #expect(one[0] > 0.999)
        let two = model.posteriorProbabilities([40, 40])
        #expect(abs(two[0] - 0.5) < 0.001)
        let none = model.posteriorProbabilities([-20, -30])
        #expect(none.allSatisfy { $0 < 0.001 })
        #expect(model.posteriorProbabilities([]).isEmpty)
    }

    @Test func theModelFileRoundTripsAndIsVersioned() throws {
        let data = try model.encoded()
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"formatVersion\" : 1"))
        let loaded = try MatchModel.load(from: data)
        #expect(loaded.comparisons == model.comparisons)
        #expect(loaded.termFrequencies == model.termFrequencies)
        #expect(loaded.thresholds == model.thresholds)
        #expect(loaded.weights == model.weights)
        let future = text.replacingOccurrences(of: "\"formatVersion\" : 1", with: "\"formatVersion\" : 2")
        #expect(throws: TraceError.unsupportedVersion("")) { try MatchModel.load(from: Data(future.utf8)) }
        #expect(throws: TraceError.invalidModel("")) { try MatchModel.load(from: Data("{}".utf8)) }
        let broken = text.replacingOccurrences(of: "\"family_name\"", with: "\"surname\"")
        #expect(throws: TraceError.invalidModel("")) { try MatchModel.load(from: Data(broken.utf8)) }
    }

    @Test func trainingIsDeterministicAndRefusesTooFewProfiles() throws {
        var configuration = MatchTrainer.Configuration()
        configuration.uPairs = 5_000
        configuration.syntheticQueries = 300
        let trainer = MatchTrainer(configuration: configuration)
        let sample = Array(Fixture.profiles.prefix(1_000))
        let date = Date(timeIntervalSince1970: 0)
        let first = try trainer.train(profiles: sample, trainedAt: date)
        let second = try trainer.train(profiles: sample, trainedAt: date)
        #expect(first.comparisons == second.comparisons)
        #expect(throws: TraceError.insufficientTrainingData("")) {
            try trainer.train(profiles: Array(sample.prefix(10)), trainedAt: date)
        }
    }

    @Test func realQueriesCanBeGivenInsteadOfSyntheticOnes() throws {
        var configuration = MatchTrainer.Configuration()
        configuration.uPairs = 5_000
        let corruptor = QueryCorruptor(seed: 5, rates: .evaluation)
        let queries = (0..<400).map { corruptor.query(for: Fixture.patients[$0], index: $0).query }
        let model = try MatchTrainer(configuration: configuration)
            .train(profiles: Fixture.profiles, queries: queries, trainedAt: Date(timeIntervalSince1970: 0))
        #expect(!model.training.queriesWereSynthetic)
        #expect(model.training.queries == 400)
        #expect(model.training.estimatedInRegistry > 0.7)
    }
}
