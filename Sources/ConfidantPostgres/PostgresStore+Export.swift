import ConfidantCore
import ConfidantStore
import PostgresNIO

extension PostgresStore {
    /// Streams the registry in NHS number order, one page of `batchSize` patients at a
    /// time (keyset pagination on the primary keys), so memory stays constant whatever
    /// the registry's size. All pages come from one snapshot. `body` runs on NIO's
    /// thread pool (it may block on a file) while the next page is read, so at most two
    /// pages are in memory.
    public func exportPatients(batchSize: Int, _ body: @escaping @Sendable ([Patient]) throws -> Void) async throws {
        let pageSize = max(batchSize, 1)
        try await snapshot("the registry could not be exported") { connection in
            var page = try await PostgresPatientReader.page(after: -1, limit: pageSize, on: connection, logger: logger)
            while let last = page.last?.main.nhsNumber {
                let rows = page
                // Decoding into patients and the body overlap reading the next page.
                async let delivered: Void = NIOThreadPool.singleton.runIfActive {
                    try body(rows.map { try $0.patient() })
                }
                let next =
                    page.count < pageSize
                    ? []
                    : try await PostgresPatientReader.page(after: last, limit: pageSize, on: connection, logger: logger)
                try await delivered
                page = next
            }
        }
    }
}
