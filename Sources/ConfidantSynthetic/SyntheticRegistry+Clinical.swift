import ConfidantCore

extension SyntheticRegistry {
    /// Common primary-care problems as SNOMED CT concepts with their preferred terms.
    private static let problems: [(code: String, term: String)] = [
        ("44054006", "Type 2 diabetes mellitus"), ("38341003", "Hypertensive disorder"),
        ("195967001", "Asthma"), ("35489007", "Depressive disorder"), ("197480006", "Anxiety disorder"),
        ("13645005", "Chronic obstructive lung disease"), ("49436004", "Atrial fibrillation"),
        ("22298006", "Myocardial infarction"), ("230690007", "Cerebrovascular accident"),
        ("396275006", "Osteoarthritis"), ("69896004", "Rheumatoid arthritis"), ("84757009", "Epilepsy"),
        ("40930008", "Hypothyroidism"), ("709044004", "Chronic kidney disease"), ("271737000", "Anaemia"),
        ("77176002", "Smoker"), ("8517006", "Ex-smoker"), ("414916001", "Obesity"),
    ]
    private static let pregnancy = (code: "77386006", term: "Pregnancy")
    private static let notes = [
        "Reviewed in surgery.", "Medication reviewed, no change.", "Follow up in three months.",
        "Referred to secondary care.", "Advice given, safety-netting discussed.", "Bloods requested.",
        "Annual review completed.", "Telephone consultation.",
    ]

    /// One to four entries, oldest first, recorded after birth and before any death.
    func clinicalEntries(for patient: Patient, using rng: inout SeededRandomGenerator) -> [ClinicalEntry] {
        let first = patient.birthDate.daysSinceEpoch
        let last = patient.deathDate?.daysSinceEpoch ?? referenceDay
        let ageDays = referenceDay - first
        var days = (0..<(1 + rng.below(4))).map { _ in rng.int(in: first...last) }
        days.sort()
        return days.map { day in
            let canBePregnant = patient.gender == .female && (16 * 365...45 * 365).contains(ageDays)
            let problem = canBePregnant && rng.chance(0.1) ? Self.pregnancy : rng.element(of: Self.problems)
            return ClinicalEntry(
                nhsNumber: patient.nhsNumber, recordedOn: CalendarDate(daysSinceEpoch: day),
                code: problem.code, text: problem.term + ". " + rng.element(of: Self.notes))
        }
    }
}
