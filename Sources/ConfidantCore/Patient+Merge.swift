extension Patient {
    /// The record that results from receiving `incoming`, a newer snapshot of the same
    /// patient, on `date`; history is kept rather than overwritten.
    ///
    /// - A new usual name closes the old one, which becomes `previous`.
    /// - A new current address closes the old address period and opens a new one.
    /// - Previous names and addresses the snapshot carries are added if not already known.
    /// - Objections and service usage are unions: an import never loses an objection.
    /// - A death date, once recorded, is kept if the snapshot has none.
    /// - Everything else (birth date, gender, GP, contact, label) comes from the snapshot.
    ///
    /// - Parameters:
    ///   - incoming: the newer snapshot; must have the same NHS number.
    ///   - date: the day the snapshot was received, used to close periods that have no start date.
    public func merging(_ incoming: Patient, on date: CalendarDate) -> Patient {
        precondition(incoming.nhsNumber == nhsNumber, "merging records of different patients")
        var merged = incoming
        merged.names = mergedNames(incoming, on: date)
        merged.addresses = mergedAddresses(incoming, on: date)
        merged.deathDate = incoming.deathDate ?? deathDate
        merged.gp = incoming.gp ?? gp
        merged.contact = ContactDetails(
            phone: incoming.contact.phone ?? contact.phone,
            email: incoming.contact.email ?? contact.email
        )
        merged.objections =
            objections
            + incoming.objections.filter { new in
                !objections.contains { $0.kind == new.kind }
            }
        merged.serviceUsage = serviceUsage + incoming.serviceUsage.filter { !serviceUsage.contains($0) }
        return merged
    }

    private func mergedNames(_ incoming: Patient, on date: CalendarDate) -> [PersonName] {
        var result = names
        for name in incoming.names where name.use == .previous {
            if !result.contains(where: { $0.sameName(as: name) }) {
                result.insert(name, at: 0)
            }
        }
        guard let newUsual = incoming.usualName else { return result }
        if let index = result.lastIndex(where: { $0.use == .usual && $0.period.isCurrent }) {
            if result[index].sameName(as: newUsual) { return result }
            result[index].use = .previous
            result[index].period.end = Self.closingDate(before: newUsual.period.start, fallback: date)
        }
        // A name that was previous and is usual again is reopened rather than duplicated.
        result.removeAll { $0.use == .previous && $0.sameName(as: newUsual) && $0.period == newUsual.period }
        result.append(newUsual)
        return result
    }

    private func mergedAddresses(_ incoming: Patient, on date: CalendarDate) -> [Address] {
        var result = addresses
        for address in incoming.addresses where !address.period.isCurrent {
            if !result.contains(where: { $0.samePlace(as: address) && $0.period == address.period }) {
                result.insert(address, at: 0)
            }
        }
        guard let newCurrent = incoming.currentAddress else { return result }
        if let index = result.lastIndex(where: { $0.period.isCurrent }) {
            if result[index].samePlace(as: newCurrent) { return result }
            result[index].period.end = Self.closingDate(before: newCurrent.period.start, fallback: date)
        }
        result.append(newCurrent)
        return result
    }

    /// The last day of an old period: the day before the new one starts, or the
    /// import date when the new one has no start.
    private static func closingDate(before start: CalendarDate?, fallback: CalendarDate) -> CalendarDate {
        start.map { $0.adding(days: -1) } ?? fallback
    }
}
