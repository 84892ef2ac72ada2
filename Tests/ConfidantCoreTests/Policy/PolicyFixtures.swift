import ConfidantCore
import Foundation
import Testing

/// Policies for tests: the shipped files from the repository's `policies/`, and
/// small policies written inline.
enum PolicyFixtures {
    /// The repository's `policies/` directory, found by walking up from this file
    /// (symlinks resolved, so a scratch package that links the test folder finds it too).
    static let policiesDirectory: URL? = {
        var directory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("policies")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("../Package.swift").path),
                FileManager.default.fileExists(atPath: candidate.path)
            {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }()

    /// The SHA-256 of `bytes` as 64 lowercase hexadecimal digits.
    static func sha256(_ bytes: some Collection<UInt8>) -> String {
        TestSHA256.hex(bytes)
    }

    /// Every shipped policy file, read and hashed as the command line does.
    static func shippedSources() throws -> [PolicySource] {
        let directory = try #require(policiesDirectory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".policy") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            return PolicySource(
                file: "policies/\(name)", text: String(decoding: data, as: UTF8.self), contentHash: sha256(data))
        }
    }

    /// The shipped history.
    static func shippedHistory() throws -> PolicyHistory {
        try PolicyHistory.load(try shippedSources())
    }

    /// A policy written inline; the header is added unless the text has one.
    static func policy(_ body: String, file: String = "test.policy") throws(PolicyLoadError) -> Policy {
        let text = body.contains("policy \"") ? body : "policy \"test\" version 1 effective 2020-01-01\n" + body
        return try Policy(source: text, file: file, contentHash: sha256(Data(text.utf8)))
    }

    /// The load error for `source` (used as it is, header and all), or `nil` if it loads.
    static func loadError(_ source: String) -> PolicyLoadError? {
        do {
            _ = try Policy(source: source, file: "test.policy", contentHash: sha256(Data(source.utf8)))
            return nil
        } catch {
            return error
        }
    }
}
