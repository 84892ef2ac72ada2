import ConfidantCore
import ConfidantSynthetic
import PropertyBased
import Testing

@testable import ConfidantTrace

@Suite struct TraceProfileTests {
    @Test func normalisesEveryNameAndAddressWithTheCurrentOnesFirst() {
        let patient = Fixture.patient(
            1, given: ["Mary", "Anne"], family: "O'Brien-Smith", born: "1970-05-04", gender: .female,
            postcode: "LS6 2AB", line: "12 Kirkstall Lane", previousFamily: "Jones", oldPostcode: "M1 1AA",
            restricted: true, died: "2024-01-01")
        let profile = TraceProfile(patient: patient)
        #expect(profile.names.map(\.family.text) == ["OBRIENSMITH", "JONES"])
        #expect(profile.names[0].isUsual && !profile.names[1].isUsual)
        #expect(profile.names[0].familyParts == ["OBRIEN", "SMITH"])
        #expect(profile.names[0].given == ["MARY", "ANNE"])
        #expect(profile.names[0].firstGiven?.soundex == "M600")
        #expect(profile.addresses.map(\.isCurrent) == [true, false])
        #expect(profile.addresses[0].postcode?.postcode?.description == "LS6 2AB")
        #expect(profile.addresses[0].tokens == ["12", "KIRKSTALL", "LANE"])
        #expect(profile.isRestricted && profile.isDeceased)
        #expect(profile.gpPractice == "B86001")
    }

    @Test func encodingRoundTripsForRegistryPatients() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0..<5_000_000)) { index in
            let profile = TraceProfile(patient: Fixture.registry.patient(at: index))
            let bytes = profile.encoded()
            #expect(bytes.first == TraceProfile.encodingVersion)
            #expect((try? TraceProfile(decoding: bytes)) == profile)
            #expect((try? TraceProfile(decoding: bytes[...])) == profile)
        }
    }

    @Test func handMadeProfilesRoundTripToo() throws {
        let patient = Fixture.patient(
            2, given: ["Zoë"], family: "van der Berg", born: "2001-12-31", previousFamily: "Łukasiewicz",
            oldPostcode: "SW1A 2AA")
        let profile = TraceProfile(patient: patient)
        #expect(try TraceProfile(decoding: profile.encoded()) == profile)
    }

    @Test func decodingRejectsDamagedBytes() throws {
        let bytes = TraceProfile(patient: Fixture.patients[0]).encoded()
        #expect(throws: TraceError.corruptProfile("")) { try TraceProfile(decoding: bytes.dropLast()) }
        #expect(throws: TraceError.corruptProfile("")) { try TraceProfile(decoding: bytes + [0]) }
        #expect(throws: TraceError.corruptProfile("")) { try TraceProfile(decoding: [UInt8]()) }
        var future = bytes
        future[0] = 99
        #expect(throws: TraceError.unsupportedVersion("")) { try TraceProfile(decoding: future) }
        var badNumber = bytes
        badNumber[1] ^= 0x01
        #expect(throws: TraceError.corruptProfile("")) { try TraceProfile(decoding: badNumber) }
    }

    @Test func errorsNameTheArtefactNeverItsContents() {
        let error = TraceError.corruptProfile("the trace profile is truncated")
        #expect(error.description == "corrupt-profile: the trace profile is truncated")
        #expect(TraceError.invalidField("birth_date", "x").field == "birth_date")
    }
}
