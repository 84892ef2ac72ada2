import ConfidantCore
import ConfidantStore
import Logging
import NIOCore
import PostgresNIO

extension PostgresStore: DisclosureStore {
    public func saveAgency(_ agency: Agency) async throws {
        let document = String(decoding: try StoredDocument.encode(agency), as: UTF8.self)
        try await withConnection("the agency could not be saved") { connection in
            try await connection.query(
                """
                INSERT INTO agency (id, document) VALUES (\(agency.id.value), \(document))
                ON CONFLICT (id) DO UPDATE SET document = excluded.document
                """, logger: logger)
        }
    }

    public func agency(_ id: AgencyID) async throws -> Agency? {
        try await documents(Agency.self, "SELECT document FROM agency WHERE id = \(id.value)", what: "agency").first
    }

    public func agencies() async throws -> [Agency] {
        try await documents(Agency.self, "SELECT document FROM agency ORDER BY id", what: "agency")
    }

    public func saveOfficer(_ officer: Officer) async throws {
        let document = String(decoding: try StoredDocument.encode(officer), as: UTF8.self)
        try await transaction("the officer could not be saved") { connection in
            try await requireAgency(officer.agency, on: connection)
            try await connection.query(
                """
                INSERT INTO officer (id, agency_id, document) VALUES (\(officer.id.value), \(officer.agency.value),
                    \(document))
                ON CONFLICT (id) DO UPDATE SET agency_id = excluded.agency_id, document = excluded.document
                """, logger: logger)
        }
    }

    public func officer(_ id: OfficerID) async throws -> Officer? {
        try await documents(Officer.self, "SELECT document FROM officer WHERE id = \(id.value)", what: "officer")
            .first
    }

    public func officers(of agency: AgencyID) async throws -> [Officer] {
        try await documents(
            Officer.self, "SELECT document FROM officer WHERE agency_id = \(agency.value) ORDER BY id",
            what: "officer")
    }

    public func saveAgreement(_ agreement: Agreement) async throws {
        let document = String(decoding: try StoredDocument.encode(agreement), as: UTF8.self)
        try await transaction("the agreement could not be saved") { connection in
            try await requireAgency(agreement.agency, on: connection)
            try await connection.query(
                """
                INSERT INTO agreement (id, agency_id, document) VALUES (\(agreement.id.value),
                    \(agreement.agency.value), \(document))
                ON CONFLICT (id) DO UPDATE SET agency_id = excluded.agency_id, document = excluded.document
                """, logger: logger)
        }
    }

    public func agreement(_ id: AgreementID) async throws -> Agreement? {
        try await documents(
            Agreement.self, "SELECT document FROM agreement WHERE id = \(id.value)", what: "agreement"
        ).first
    }

    public func agreements(of agency: AgencyID?) async throws -> [Agreement] {
        if let agency {
            return try await documents(
                Agreement.self, "SELECT document FROM agreement WHERE agency_id = \(agency.value) ORDER BY id",
                what: "agreement")
        }
        return try await documents(Agreement.self, "SELECT document FROM agreement ORDER BY id", what: "agreement")
    }

    public func saveCredential(_ credential: APICredential) async throws {
        let columns = PrincipalColumns(credential.principal)
        try await withConnection("the API key could not be saved") { connection in
            try await connection.query(
                """
                INSERT INTO api_credential (id, secret_hash, principal_kind, agency_id, officer_id, staff_id,
                    staff_role, created_at, revoked_at)
                VALUES (\(credential.id), \(ByteBuffer(bytes: credential.secretHash)), \(columns.kind),
                    \(columns.agencyID), \(columns.officerID), \(columns.staffID), \(columns.staffRole),
                    \(credential.createdAt), \(credential.revokedAt))
                """, logger: logger)
        }
    }

    public func credential(secretHash: [UInt8]) async throws -> APICredential? {
        try await credentials(
            "SELECT \(unescaped: Self.credentialColumns) FROM api_credential WHERE secret_hash = \(ByteBuffer(bytes: secretHash))"
        ).first
    }

    public func credentials() async throws -> [APICredential] {
        try await credentials(
            "SELECT \(unescaped: Self.credentialColumns) FROM api_credential ORDER BY created_at DESC, id")
    }

    public func revokeCredential(_ id: String, at: String) async throws -> Bool {
        try await withConnection("the API key could not be revoked") { connection in
            let rows = try await connection.query(
                "UPDATE api_credential SET revoked_at = \(at) WHERE id = \(id) AND revoked_at IS NULL RETURNING id",
                logger: logger
            ).collect()
            return !rows.isEmpty
        }
    }

    public func request(_ id: RequestID) async throws -> RequestProjection? {
        try await withConnection("the request could not be read") { connection in
            try await PostgresRequestProjections.projections(
                "SELECT \(unescaped: PostgresRequestProjections.columns) FROM disclosure_request WHERE id = \(id.value)",
                on: connection, logger: logger
            ).first
        }
    }

    public func requests(_ filter: RequestFilter) async throws -> [RequestProjection] {
        // Absent conditions are NULL binds that the query skips, so one statement serves every filter.
        let statuses = filter.statuses.map { $0.map(\.rawValue).sorted() }
        let query: PostgresQuery = """
            SELECT \(unescaped: PostgresRequestProjections.columns) FROM disclosure_request
            WHERE (\(filter.agency?.value)::text IS NULL OR agency_id = \(filter.agency?.value))
              AND (\(filter.agreement?.value)::text IS NULL OR agreement_id = \(filter.agreement?.value))
              AND (\(statuses)::text[] IS NULL OR status = ANY(\(statuses)))
              AND (\(filter.after?.value)::text IS NULL OR id > \(filter.after?.value))
            ORDER BY id LIMIT \(Int64(max(0, filter.limit)))
            """
        return try await withConnection("the requests could not be listed") { connection in
            try await PostgresRequestProjections.projections(query, on: connection, logger: logger)
        }
    }

    private static let credentialColumns =
        "id, secret_hash, principal_kind, agency_id, officer_id, staff_id, staff_role, created_at, revoked_at"

    private func documents<T: Decodable & Sendable>(_ type: T.Type, _ query: PostgresQuery, what: String)
        async throws -> [T]
    {
        let texts = try await withConnection("the \(what) could not be read") { connection in
            var texts: [String] = []
            for try await text in try await connection.query(query, logger: logger).decode(String.self) {
                texts.append(text)
            }
            return texts
        }
        return try texts.map { try StoredDocument.decode(T.self, from: Array($0.utf8), what: what) }
    }

    private func credentials(_ query: PostgresQuery) async throws -> [APICredential] {
        try await withConnection("the API keys could not be read") { connection in
            var credentials: [APICredential] = []
            for try await row in try await connection.query(query, logger: logger) {
                var cells = PostgresCells(row)
                let id: String = try cells.next()
                let hash = Array(try cells.next(ByteBuffer.self).readableBytesView)
                let columns = PrincipalColumns(
                    kind: try cells.next(), agencyID: try cells.next(), officerID: try cells.next(),
                    staffID: try cells.next(), staffRole: try cells.next())
                credentials.append(
                    APICredential(
                        id: id, secretHash: hash, principal: try columns.principal(), createdAt: try cells.next(),
                        revokedAt: try cells.next()))
            }
            return credentials
        }
    }

    private func requireAgency(_ agency: AgencyID, on connection: PostgresConnection) async throws {
        let rows = try await connection.query("SELECT 1 FROM agency WHERE id = \(agency.value)", logger: logger)
            .collect()
        guard !rows.isEmpty else { throw StoreError.notFound("the agency \(agency) does not exist") }
    }
}
