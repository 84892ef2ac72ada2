import ConfidantCore
import ConfidantStore
import Foundation
import GRDB

extension SQLiteStore: DisclosureStore {
    public func saveAgency(_ agency: Agency) async throws {
        let document = Data(try StoredDocument.encode(agency))
        try await write("the agency could not be saved") { db in
            try db.execute(
                sql:
                    "INSERT INTO agency (id, document) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET document = excluded.document",
                arguments: [agency.id.value, document])
        }
    }

    public func agency(_ id: AgencyID) async throws -> Agency? {
        try await documents(Agency.self, "SELECT document FROM agency WHERE id = ?", [id.value], what: "agency").first
    }

    public func agencies() async throws -> [Agency] {
        try await documents(Agency.self, "SELECT document FROM agency ORDER BY id", [], what: "agency")
    }

    public func saveOfficer(_ officer: Officer) async throws {
        let document = Data(try StoredDocument.encode(officer))
        try await write("the officer could not be saved") { db in
            try Self.requireAgency(officer.agency, in: db)
            try db.execute(
                sql: """
                    INSERT INTO officer (id, agency_id, document) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET agency_id = excluded.agency_id, document = excluded.document
                    """,
                arguments: [officer.id.value, officer.agency.value, document])
        }
    }

    public func officer(_ id: OfficerID) async throws -> Officer? {
        try await documents(Officer.self, "SELECT document FROM officer WHERE id = ?", [id.value], what: "officer")
            .first
    }

    public func officers(of agency: AgencyID) async throws -> [Officer] {
        try await documents(
            Officer.self, "SELECT document FROM officer WHERE agency_id = ? ORDER BY id", [agency.value],
            what: "officer")
    }

    public func saveAgreement(_ agreement: Agreement) async throws {
        let document = Data(try StoredDocument.encode(agreement))
        try await write("the agreement could not be saved") { db in
            try Self.requireAgency(agreement.agency, in: db)
            try db.execute(
                sql: """
                    INSERT INTO agreement (id, agency_id, document) VALUES (?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET agency_id = excluded.agency_id, document = excluded.document
                    """,
                arguments: [agreement.id.value, agreement.agency.value, document])
        }
    }

    public func agreement(_ id: AgreementID) async throws -> Agreement? {
        try await documents(
            Agreement.self, "SELECT document FROM agreement WHERE id = ?", [id.value], what: "agreement"
        ).first
    }

    public func agreements(of agency: AgencyID?) async throws -> [Agreement] {
        if let agency {
            return try await documents(
                Agreement.self, "SELECT document FROM agreement WHERE agency_id = ? ORDER BY id", [agency.value],
                what: "agreement")
        }
        return try await documents(Agreement.self, "SELECT document FROM agreement ORDER BY id", [], what: "agreement")
    }

    public func saveCredential(_ credential: APICredential) async throws {
        let columns = PrincipalColumns(credential.principal)
        try await write("the API key could not be saved") { db in
            try db.execute(
                sql: """
                    INSERT INTO api_credential (id, secret_hash, principal_kind, agency_id, officer_id, staff_id,
                        staff_role, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    credential.id, Data(credential.secretHash), columns.kind, columns.agencyID, columns.officerID,
                    columns.staffID, columns.staffRole, credential.createdAt, credential.revokedAt,
                ])
        }
    }

    public func credential(secretHash: [UInt8]) async throws -> APICredential? {
        try await credentials(where: "secret_hash = ?", [Data(secretHash)]).first
    }

    public func credentials() async throws -> [APICredential] {
        try await credentials(where: "1", [])
    }

    public func revokeCredential(_ id: String, at: String) async throws -> Bool {
        try await write("the API key could not be revoked") { db in
            try db.execute(
                sql: "UPDATE api_credential SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                arguments: [at, id])
            return db.changesCount > 0
        }
    }

    public func request(_ id: RequestID) async throws -> RequestProjection? {
        try await read("the request could not be read") { db in
            try Row.fetchOne(
                db, sql: "SELECT \(SQLiteRequestProjections.columns) FROM disclosure_request WHERE id = ?",
                arguments: [id.value]
            ).map(SQLiteRequestProjections.projection)
        }
    }

    public func requests(_ filter: RequestFilter) async throws -> [RequestProjection] {
        var conditions: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let agency = filter.agency {
            conditions.append("agency_id = ?")
            arguments.append(agency.value)
        }
        if let agreement = filter.agreement {
            conditions.append("agreement_id = ?")
            arguments.append(agreement.value)
        }
        if let statuses = filter.statuses {
            conditions.append("status IN (\(Array(repeating: "?", count: statuses.count).joined(separator: ", ")))")
            arguments += statuses.map(\.rawValue).sorted()
        }
        if let after = filter.after {
            conditions.append("id > ?")
            arguments.append(after.value)
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = """
            SELECT \(SQLiteRequestProjections.columns) FROM disclosure_request \(whereClause) ORDER BY id LIMIT \
            \(max(0, filter.limit))
            """
        let bound = StatementArguments(arguments)
        return try await read("the requests could not be listed") { db in
            try Row.fetchAll(db, sql: sql, arguments: bound).map(SQLiteRequestProjections.projection)
        }
    }

    private func documents<T: Decodable & Sendable>(
        _ type: T.Type, _ sql: String, _ arguments: [String], what: String
    ) async throws -> [T] {
        let rows = try await read("the \(what) could not be read") { db in
            try Data.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
        }
        return try rows.map { try StoredDocument.decode(T.self, from: Array($0), what: what) }
    }

    private func credentials(where condition: String, _ arguments: [Data]) async throws -> [APICredential] {
        try await read("the API keys could not be read") { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, secret_hash, principal_kind, agency_id, officer_id, staff_id, staff_role, created_at,
                        revoked_at FROM api_credential WHERE \(condition) ORDER BY created_at DESC, id
                    """,
                arguments: StatementArguments(arguments)
            ).map { row in
                let columns = PrincipalColumns(
                    kind: row[2], agencyID: row[3], officerID: row[4], staffID: row[5], staffRole: row[6])
                return APICredential(
                    id: row[0], secretHash: Array(row[1] as Data), principal: try columns.principal(),
                    createdAt: row[7], revokedAt: row[8])
            }
        }
    }

    private static func requireAgency(_ agency: AgencyID, in db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM agency WHERE id = ?", arguments: [agency.value]) != nil else {
            throw StoreError.notFound("the agency \(agency) does not exist")
        }
    }
}
