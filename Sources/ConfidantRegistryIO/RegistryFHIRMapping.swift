import ConfidantCore

/// Maps FHIR Patient resources to and from ``ConfidantCore/Patient``.
enum RegistryFHIRMapping {
    /// Builds a validated patient from a decoded resource.
    ///
    /// - Throws: ``RegistryFileError`` naming the bundle entry and element.
    static func patient(_ resource: FHIRPatientResource, entry: Int) throws(RegistryFileError) -> Patient {
        func fail(_ path: String, _ message: String) -> RegistryFileError {
            RegistryFileError(.fhir(entry: entry, path: "resource.\(path)"), message)
        }
        func date(_ text: String?, _ path: String) throws(RegistryFileError) -> CalendarDate? {
            guard let text else { return nil }
            do { return try CalendarDate(iso: text.prefix(10)) } catch { throw fail(path, error.description) }
        }
        func period(_ value: FHIRPeriod?, _ path: String) throws(RegistryFileError) -> Period {
            Period(
                start: try date(value?.start, "\(path).period.start"), end: try date(value?.end, "\(path).period.end"))
        }

        guard resource.resourceType == "Patient" else { throw fail("resourceType", "expected a Patient resource") }
        let identifiers = resource.identifier ?? []
        guard let index = identifiers.firstIndex(where: { $0.system == FHIRSystem.nhsNumber }),
            let text = identifiers[index].value
        else { throw fail("identifier", "no identifier with system \(FHIRSystem.nhsNumber)") }
        let nhsNumber: NHSNumber
        do { nhsNumber = try NHSNumber(text) } catch { throw fail("identifier[\(index)].value", error.description) }

        var names: [PersonName] = []
        for (index, name) in (resource.name ?? []).enumerated() {
            let path = "name[\(index)]"
            let use: PersonName.Use
            switch name.use ?? "usual" {
            case "usual", "official": use = .usual
            case "old", "maiden": use = .previous
            default: throw fail("\(path).use", "name use must be usual, official, old or maiden")
            }
            guard let family = name.family, !family.isEmpty else {
                throw fail("\(path).family", "a family name is required")
            }
            names.append(
                PersonName(use: use, given: name.given ?? [], family: family, period: try period(name.period, path)))
        }

        guard let genderText = resource.gender else { throw fail("gender", "gender is required") }
        guard let gender = Gender(rawValue: genderText) else {
            throw fail("gender", "unknown code; expected one of male, female, other, unknown")
        }
        guard let birthDate = try date(resource.birthDate, "birthDate") else {
            throw fail("birthDate", "birthDate is required")
        }

        var addresses: [Address] = []
        for (index, address) in (resource.address ?? []).enumerated() {
            let path = "address[\(index)]"
            guard (address.line ?? []).count <= 4 else { throw fail("\(path).line", "at most four address lines") }
            var postcode: Postcode?
            if let text = address.postalCode {
                do { postcode = try Postcode(text) } catch { throw fail("\(path).postalCode", error.description) }
            }
            addresses.append(
                Address(lines: address.line ?? [], postcode: postcode, period: try period(address.period, path)))
        }

        var gp: GPRegistration?
        if let reference = resource.generalPractitioner?.first, let identifier = reference.identifier {
            guard let code = identifier.value else {
                throw fail("generalPractitioner[0].identifier.value", "missing ODS code")
            }
            do {
                gp = GPRegistration(
                    practice: try ODSCode(practice: code),
                    registeredOn: try date(identifier.period?.start, "generalPractitioner[0].identifier.period.start"))
            } catch let error as ODSCodeError {
                throw fail("generalPractitioner[0].identifier.value", error.description)
            } catch let error as RegistryFileError {
                throw error
            } catch {
                throw fail("generalPractitioner[0]", "invalid")
            }
        }

        var label = SecurityLabel.unrestricted
        for (index, coding) in (resource.meta?.security ?? []).enumerated()
        where coding.system == FHIRSystem.confidentiality {
            guard let code = coding.code, let value = SecurityLabel(rawValue: code) else {
                throw fail("meta.security[\(index)].code", "unknown code; expected one of U, R, REDACTED")
            }
            label = value
        }

        var objections: [Objection] = []
        for (index, item) in (resource.extension ?? []).enumerated() where item.url == FHIRSystem.objection {
            let parts = item.extension ?? []
            let path = "extension[\(index)]"
            guard let code = parts.first(where: { $0.url == "kind" })?.valueCode,
                let kind = Objection.Kind(rawValue: code)
            else { throw fail("\(path).extension", "an objection needs a kind: national-data-opt-out or type-1") }
            let recorded = try date(parts.first { $0.url == "recordedOn" }?.valueDate, "\(path).extension")
            objections.append(Objection(kind: kind, recordedOn: recorded))
        }

        let telecom = resource.telecom ?? []
        let patient = Patient(
            nhsNumber: nhsNumber, names: names, birthDate: birthDate, gender: gender,
            deathDate: try date(resource.deceasedDateTime, "deceasedDateTime"),
            addresses: addresses, gp: gp,
            contact: ContactDetails(
                phone: telecom.first { $0.system == "phone" }?.value,
                email: telecom.first { $0.system == "email" }?.value),
            securityLabel: label, objections: objections
        )
        if let problem = patient.validationProblems().first {
            throw fail(problem.field, problem.message)
        }
        return patient
    }

    /// The FHIR resource for a patient, with full name and address history.
    static func resource(_ patient: Patient) -> FHIRPatientResource {
        func period(_ value: Period) -> FHIRPeriod? {
            value.start == nil && value.end == nil
                ? nil : FHIRPeriod(start: value.start?.description, end: value.end?.description)
        }
        var telecom: [FHIRPatientResource.ContactPoint] = []
        if let phone = patient.contact.phone { telecom.append(.init(system: "phone", value: phone)) }
        if let email = patient.contact.email { telecom.append(.init(system: "email", value: email)) }
        return FHIRPatientResource(
            resourceType: "Patient",
            id: patient.nhsNumber.description,
            meta: .init(security: [.init(system: FHIRSystem.confidentiality, code: patient.securityLabel.rawValue)]),
            identifier: [.init(system: FHIRSystem.nhsNumber, value: patient.nhsNumber.description)],
            name: patient.names.map {
                .init(
                    use: $0.use == .usual ? "usual" : "old", family: $0.family,
                    given: $0.given.isEmpty ? nil : $0.given, period: period($0.period))
            },
            gender: patient.gender.rawValue,
            birthDate: patient.birthDate.description,
            deceasedDateTime: patient.deathDate?.description,
            address: patient.addresses.isEmpty
                ? nil
                : patient.addresses.map {
                    .init(
                        use: "home", line: $0.lines.isEmpty ? nil : $0.lines, postalCode: $0.postcode?.description,
                        period: period($0.period))
                },
            generalPractitioner: patient.gp.map {
                [
                    .init(
                        identifier: .init(
                            system: FHIRSystem.odsOrganisation, value: $0.practice.value,
                            period: $0.registeredOn.map { FHIRPeriod(start: $0.description) }))
                ]
            },
            telecom: telecom.isEmpty ? nil : telecom,
            extension: patient.objections.isEmpty ? nil : patient.objections.map(objectionExtension)
        )
    }

    /// `{"url": objection, "extension": [{"url": "kind", "valueCode": …}, {"url": "recordedOn", "valueDate": …}]}`
    private static func objectionExtension(_ objection: Objection) -> FHIRPatientResource.Extension {
        var parts = [FHIRPatientResource.Extension(url: "kind", valueCode: objection.kind.rawValue)]
        if let recorded = objection.recordedOn {
            parts.append(FHIRPatientResource.Extension(url: "recordedOn", valueDate: recorded.description))
        }
        return FHIRPatientResource.Extension(url: FHIRSystem.objection, extension: parts)
    }
}
