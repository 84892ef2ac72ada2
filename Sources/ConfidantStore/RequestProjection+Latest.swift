extension RequestProjection {
    /// The last projection of each request among `records`: what a batch leaves behind.
    ///
    /// A batch may carry several events of one request (received, traced, decided); only
    /// the state after the last of them needs writing.
    public static func latest(in records: [RequestEventRecord]) -> [RequestProjection] {
        var order: [String] = []
        var latest: [String: RequestProjection] = [:]
        for record in records {
            guard let projection = record.projection else { continue }
            if latest.updateValue(projection, forKey: record.requestID) == nil { order.append(record.requestID) }
        }
        return order.compactMap { latest[$0] }
    }
}
