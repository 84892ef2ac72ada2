import ConfidantCore
import Foundation
import Testing

/// The records look like a real registry's, in the ways that make matching hard.
@Suite struct SyntheticRegistryShapeTests {
    @Test func patientsLiveInAtLeastAHundredOutwardCodes() {
        let outward = Set(Sample.patients.compactMap { $0.currentAddress?.postcode?.outward })
        #expect(outward.count >= 100)
        #expect(Sample.patients.allSatisfy { $0.currentAddress?.postcode != nil })
    }

    @Test func inwardCodesUseOnlyTheLettersRoyalMailAllows() {
        let allowed = Set("ABDEFGHJLNPQRSTUWXYZ")
        let inward = Sample.patients.flatMap { $0.addresses.compactMap { $0.postcode?.inward } }
        #expect(
            inward.allSatisfy { $0.count == 3 && $0.first!.isNumber && $0.dropFirst().allSatisfy(allowed.contains) })
    }

    @Test func theCommonestNameIsSharedByManyPeople() throws {
        var counts: [String: Int] = [:]
        for patient in Sample.patients {
            let name = try #require(patient.usualName)
            counts[name.given[0] + " " + name.family, default: 0] += 1
        }
        let commonest = try #require(counts.values.max())
        #expect(commonest >= 30)
        // And a long tail of surnames beyond the most common 250.
        #expect(Set(Sample.patients.compactMap { $0.usualName?.family }).count > 600)
    }

    @Test func twinsShareBirthDateSurnameAddressAndPractice() {
        #expect(!Sample.twinPairs.isEmpty)
        for first in Sample.twinPairs {
            let (a, b) = (Sample.patients[first], Sample.patients[first + 1])
            #expect(a.birthDate == b.birthDate)
            #expect(a.usualName?.family == b.usualName?.family)
            #expect(a.addresses == b.addresses)
            #expect(a.gp == b.gp)
            #expect(a.usualName?.given.first != b.usualName?.given.first)
            #expect(a.nhsNumber != b.nhsNumber)
        }
    }

    @Test func addressHistoriesAreOrderedWithOnlyTheLastOneOpen() throws {
        for patient in Sample.patients where patient.addresses.count > 1 {
            let periods = patient.addresses.map(\.period)
            #expect(periods.dropLast().allSatisfy { $0.end != nil })
            #expect(periods.last?.end == nil)
            for (earlier, later) in zip(periods, periods.dropFirst()) {
                let end = try #require(earlier.end)
                let start = try #require(later.start)
                #expect(end < start)
                #expect(try #require(earlier.start) <= end)
            }
            #expect(try #require(periods.first?.start) >= patient.birthDate)
        }
    }

    @Test func addressLinesEndWithThePostTownAndStartWithAStreetOrFlat() {
        for patient in Sample.patients.prefix(5_000) {
            for address in patient.addresses {
                #expect((2...4).contains(address.lines.count))
                #expect(address.lines[0].first?.isNumber == true || address.lines[0].hasPrefix("Flat "))
            }
        }
    }

    @Test func everyoneIsRegisteredWithAPracticeAfterBirth() throws {
        for patient in Sample.patients {
            let gp = try #require(patient.gp)
            _ = try ODSCode(practice: gp.practice.value)
            let registered = try #require(gp.registeredOn)
            #expect(registered > patient.birthDate && registered <= Sample.referenceDate)
        }
    }

    @Test func previousNamesAreClosedBeforeTheCurrentNameStarts() throws {
        for patient in Sample.patients where !patient.previousNames.isEmpty {
            #expect(patient.names.count == 2)
            let previous = patient.names[0]
            let usual = try #require(patient.usualName)
            #expect(previous.use == .previous)
            #expect(previous.given == usual.given)
            #expect(previous.family != usual.family)
            #expect(try #require(previous.period.end) < (try #require(usual.period.start)))
        }
    }

    @Test func namesContainNoControlCharactersOrStraySpaces() {
        for patient in Sample.patients {
            for name in patient.names {
                for part in name.given + [name.family] {
                    #expect(!part.isEmpty && part.first != " " && part.last != " ")
                    #expect(!part.unicodeScalars.contains { $0.properties.generalCategory == .control })
                }
            }
        }
    }

    @Test func deathsAreAfterBirthAndNotAfterTheReferenceDate() {
        for patient in Sample.patients {
            guard let death = patient.deathDate else { continue }
            #expect(death > patient.birthDate && death <= Sample.referenceDate)
        }
    }

    @Test func serviceUsageIsInTheLastFiveYearsWhileAlive() {
        let windowStart = Sample.referenceDate.adding(days: -1_826)
        for patient in Sample.patients {
            let last = patient.deathDate ?? Sample.referenceDate
            for event in patient.serviceUsage {
                #expect(event.date >= windowStart && event.date >= patient.birthDate && event.date <= last)
            }
            #expect(patient.serviceUsage.map(\.date) == patient.serviceUsage.map(\.date).sorted())
            let practiceKinds = patient.serviceUsage.filter { $0.kind == .gpAppointment }
            #expect(practiceKinds.allSatisfy { $0.site == patient.gp?.practice })
        }
    }

    @Test func contactDetailsAreSyntheticOnly() {
        let domains: Set<Substring> = ["example.com", "example.org", "example.net", "mail.example", "post.example"]
        for patient in Sample.patients {
            if let email = patient.contact.email {
                let parts = email.split(separator: "@")
                #expect(parts.count == 2 && domains.contains(parts[1]))
                #expect(parts[0].utf8.allSatisfy { $0 < 0x80 })
            }
            if let phone = patient.contact.phone {
                // Ofcom's drama ranges: 07700 900xxx, 01632 960xxx and the city 496/498/7946/2018 ranges.
                let dramaRange = ["07700 900", "01632 960", " 496 0", "0191 498 0", "020 7946 0", "029 2018 0"]
                #expect(dramaRange.contains { phone.contains($0) })
            }
        }
    }

    @Test func objectionsAreRecordedWhileAlive() {
        for patient in Sample.patients {
            for objection in patient.objections {
                let recorded = objection.recordedOn ?? patient.birthDate
                #expect(recorded >= patient.birthDate && recorded <= (patient.deathDate ?? Sample.referenceDate))
            }
        }
    }
}
