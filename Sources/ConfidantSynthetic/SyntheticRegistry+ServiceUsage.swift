import ConfidantCore

extension SyntheticRegistry {
    /// How many contacts a patient has had in the window: 0 to 6, fewer more often.
    private static let eventCounts = WeightedTable<Int>([(0, 25), (1, 20), (2, 17), (3, 14), (4, 11), (5, 8), (6, 5)])
    private static let kinds = WeightedTable<ServiceUsageEvent.Kind>([
        (.gpAppointment, 40), (.pharmacy, 20), (.outpatient, 15), (.emergency, 10), (.vaccination, 10),
        (.inpatient, 5),
    ])
    /// The window service usage covers: five years before the reference date.
    static let usageWindowDays = 1_826

    /// Contacts in the five years before the reference date, after birth and before any death,
    /// at sites that serve where the patient lived at the time; oldest first.
    func serviceUsage(at index: Int, for person: Person, in household: Household) -> [ServiceUsageEvent] {
        var rng = SeededRandomGenerator(seed: seed, index: index, stream: .usage)
        let count = Self.eventCounts.pick(using: &rng)
        guard count > 0 else { return [] }
        let last = person.deathDay ?? referenceDay
        let first = min(max(household.birthDay, referenceDay - Self.usageWindowDays), last)
        var days = (0..<count).map { _ in rng.int(in: first...last) }
        days.sort()
        return days.map { day in
            let kind = Self.kinds.pick(using: &rng)
            let area = household.area(on: day)
            let site: ODSCode
            switch kind {
            case .gpAppointment: site = household.practice
            // Flu and COVID jabs are given at the practice or a community pharmacy.
            case .vaccination: site = rng.chance(0.6) ? household.practice : rng.element(of: area.pharmacies)
            case .pharmacy: site = rng.element(of: area.pharmacies)
            case .emergency, .inpatient, .outpatient: site = rng.element(of: area.sites)
            }
            return ServiceUsageEvent(date: CalendarDate(daysSinceEpoch: day), site: site, kind: kind)
        }
    }
}
