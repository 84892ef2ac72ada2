import Foundation

/// Files for the `confidant policy` command-line tests: the shipped policies, a
/// hand-written Home Office case, a generated year, and scratch directories.
enum PolicyCommandLineFixture {
    /// The repository's `policies/` directory (the package root is three levels above this file).
    static let policies = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("policies").path

    /// A 2016-style Home Office request about an overstayer, written by hand as a person
    /// would: no `decided_on`, so `--at` chooses the day.
    static let overstayer = """
        {
          "request": {
            "id": "req-2016-004711", "agency": "home-office-ie", "officer": "home-office-ie-officer-3",
            "countersignatory": "home-office-ie-senior-1", "case_reference": "HO/2016/004711",
            "agreement": "home-office-ie-agreement", "purpose": "immigration-enforcement",
            "offence": {"category": "immigration", "description": "overstaying"},
            "legal_basis": "immigration-control", "other_means_tried": ["home-office-records"],
            "subject": {"family_name": "Nowak", "given_names": ["Piotr"], "birth_date": "1984-07-12"},
            "requested_fields": ["identity", "demographics", "location", "registration"],
            "received_on": "2016-06-14"
          },
          "agency": {
            "id": "home-office-ie", "name": "Home Office Immigration Enforcement", "kind": "immigration-enforcement"
          },
          "agreement": {
            "id": "home-office-ie-agreement", "agency": "home-office-ie", "title": "Memorandum of Understanding",
            "purposes": ["immigration-enforcement", "deportation", "public-security", "missing-person"],
            "permitted_fields": ["identity", "demographics", "location", "registration"],
            "legal_bases": ["immigration-control", "crime-and-taxation"], "effective_from": "2016-01-01",
            "status_history": [{"status": "active", "on": "2016-01-01", "reason": "signed"}]
          },
          "trace": {"outcome": "unique-match", "score": 0.999, "candidates": 1},
          "patient": {"security_label": "U", "deceased": false, "opted_out": false}
        }
        """

    /// A policy test that the MoU (version 1) must fail: it queues overstayers for review.
    static let failingTest = """

        test "deliberately wrong: the MoU refuses an overstayer" {
          agency.kind = immigration-enforcement
          request.purpose = immigration-enforcement
          request.legal_basis = immigration-control
          offence.category = immigration
          expect refused
        }

        """

    /// Runs `body` with a new, empty directory, removed afterwards whatever happens.
    static func withDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("confidant-policy-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// `confidant policy generate --seed 1`, made once for the suite.
    static let generated = Result { () throws -> String in
        let result = try CommandLine.run(["policy", "generate", "--seed", "1"])
        guard result.status == 0 else { throw GenerateFailed(message: result.stderr) }
        return result.stdout
    }

    struct GenerateFailed: Error {
        let message: String
    }

    /// Parses one JSON object.
    static func object(_ text: some StringProtocol) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw NotAnObject()
        }
        return object
    }

    struct NotAnObject: Error {}
}
