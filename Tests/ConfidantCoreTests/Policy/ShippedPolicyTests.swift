import ConfidantCore
import Foundation
import Testing

@Suite struct ShippedPolicyTests {
    @Test func theShippedFilesFormOneHistoryOfThreeVersions() throws {
        let history = try PolicyFixtures.shippedHistory()
        #expect(history.versions.map(\.version) == [1, 2, 3])
        #expect(history.versions.map(\.effective.description) == ["2017-01-01", "2018-05-09", "2018-11-09"])
        #expect(Set(history.versions.map(\.id)) == ["nhs-disclosure"])
    }

    @Test func everyShippedFileHasTestsAndTheyAllPass() throws {
        let reports = PolicyTestRunner.run(try PolicyFixtures.shippedHistory())
        #expect(reports.count == 3)
        for report in reports {
            #expect(report.results.count >= 20, "\(report.file) has few tests")
            #expect(report.failed == 0, "\(report.text)")
        }
    }
}
