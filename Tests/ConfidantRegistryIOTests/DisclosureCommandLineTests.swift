import ConfidantCore
import Foundation
import Testing

/// `confidant agency`, `agreement` and `key` end to end: what an operator types to set up
/// an agency, and the one-line errors they get for mistakes.
@Suite(.enabled(if: CommandLine.binaryExists, "build the confidant executable first (swift build)"), .serialized)
struct DisclosureCommandLineTests {
    /// A fresh database and the arguments that name it.
    final class Workspace: Sendable {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("confidant-parties-\(UUID())")
        var db: [String] { ["--db", path("confidant.sqlite")] }
        func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

        init() throws {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: directory) }

        /// Runs the command, expecting success.
        func succeed(_ arguments: [String]) throws -> CommandLine.Result {
            let result = try CommandLine.run(arguments + db)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result
        }
    }

    static let agreement = """
        {"id": "met-2017", "agency": "met-police", "title": "Serious crime",
         "purposes": ["detection-of-crime"], "permitted_fields": ["identity", "location"],
         "legal_bases": ["crime-and-taxation"], "effective_from": "2017-01-01",
         "status_history": [{"status": "active", "on": "2017-01-01"}]}
        """

    @Test func anOperatorSetsUpAnAgencyItsOfficersAgreementAndKeys() throws {
        let work = try Workspace()
        _ = try work.succeed([
            "agency", "add", "--id", "met-police", "--name", "Metropolitan Police", "--kind", "police",
        ])
        _ = try work.succeed(["agency", "add-officer", "--id", "pc-1", "--agency", "met-police", "--name", "PC One"])
        _ = try work.succeed([
            "agency", "add-officer", "--id", "di-2", "--agency", "met-police", "--name", "DI Two", "--senior",
        ])
        let listed = try work.succeed(["agency", "list"])
        #expect(listed.stdout.contains("met-police  police  Metropolitan Police"))
        #expect(listed.stdout.contains("di-2 (senior)  DI Two"))

        try Data(Self.agreement.utf8).write(to: URL(fileURLWithPath: work.path("agreement.json")))
        _ = try work.succeed(["agreement", "add", work.path("agreement.json")])
        let agreements = try work.succeed(["agreement", "list", "--json"])
        let stored = try JSONDecoder().decode([Agreement].self, from: Data(agreements.stdout.utf8))
        #expect(stored.map(\.id.value) == ["met-2017"])

        let issued = try work.succeed(["key", "issue", "--officer", "pc-1"])
        let key = issued.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(key.hasPrefix("cfd_") && key.count == 85)
        let staff = try work.succeed(["key", "issue", "--staff", "rev-1", "--role", "reviewer"])
        let keyID = String(key.split(separator: "_")[1])
        let keys = try work.succeed(["key", "list"])
        #expect(keys.stdout.contains("\(keyID)  officer pc-1 of met-police"))
        #expect(keys.stdout.contains("staff rev-1 (reviewer)"))
        // The list never shows a secret.
        #expect(!keys.stdout.contains(String(key.split(separator: "_")[2])))
        #expect(!keys.stdout.contains(String(staff.stdout.split(separator: "_")[2].prefix(64))))

        let revoked = try work.succeed(["key", "revoke", keyID])
        #expect(revoked.stdout.contains("revoked \(keyID)"))
        let again = try CommandLine.run(["key", "revoke", keyID] + work.db)
        #expect(again.status == 1)
        #expect(again.stderr == "confidant: there is no valid key \(keyID) to revoke\n")
    }

    @Test(arguments: [
        (["agency", "add", "--id", "x", "--name", "X", "--kind", "spies"], "kind"),
        (["agency", "add", "--id", "bad id", "--name", "X", "--kind", "police"], "id"),
        (["agency", "add-officer", "--id", "pc-9", "--agency", "nowhere", "--name", "PC"], "nowhere"),
        (["key", "issue", "--officer", "nobody"], "there is no officer nobody"),
        (["key", "issue", "--staff", "s", "--role", "boss"], "--role"),
        (["agreement", "add", "/nonexistent/agreement.json"], "cannot read"),
    ])
    func mistakesGetOneLineAndChangeNothing(_ arguments: [String], _ expected: String) throws {
        let work = try Workspace()
        let result = try CommandLine.run(arguments + work.db)
        #expect(result.status != 0)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        let agencies = try work.succeed(["agency", "list", "--json"])
        #expect(agencies.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test func anInvalidAgreementFileNamesItsField() throws {
        let work = try Workspace()
        _ = try work.succeed(["agency", "add", "--id", "met-police", "--name", "Met", "--kind", "police"])
        let broken = Self.agreement.replacingOccurrences(of: "\"detection-of-crime\"", with: "\"gossip\"")
        try Data(broken.utf8).write(to: URL(fileURLWithPath: work.path("agreement.json")))
        let result = try CommandLine.run(["agreement", "add", work.path("agreement.json")] + work.db)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("confidant: \(work.path("agreement.json")): purposes[0]"))
        #expect(try work.succeed(["agreement", "list"]).stdout.isEmpty)
    }
}
