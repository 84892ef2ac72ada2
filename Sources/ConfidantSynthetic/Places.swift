/// The postcode areas people live in, weighted roughly by population, with their real
/// outward codes. Organisation codes follow the real trusts' ODS prefixes (RR8 for Leeds,
/// R1H for Barts) and the local practice prefixes; the exact site and practice numbers
/// are synthetic.
enum Places {
    static let areas: [Area] = england + walesAndScotland

    /// Area indices weighted by population.
    static let table = WeightedTable(areas.indices.map { ($0, areas[$0].weight) })

    /// `0191 498 0`-style drama numbers (Ofcom reserves them for fiction); `01632 960` has no area.
    private static let noArea = "01632 960"

    private static let england: [Area] = [
        Area(
            "LS", town: "Leeds", outward: Area.districts("LS", 1...28),
            localities: [
                "City Centre", "Woodhouse", "Chapeltown", "Headingley", "Kirkstall", "Armley", "Bramley",
                "Beeston", "Holbeck", "Roundhay", "Horsforth", "Seacroft", "Moortown", "Otley", "Wetherby",
                "Garforth", "Rothwell", "Morley", "Pudsey",
            ],
            practicePrefix: "B86", pharmacyLetter: "A", sites: ["RR801", "RR813", "RR814"],
            landline: "0113 496 0", weight: 8),
        Area(
            "M", town: "Manchester", outward: Area.districts("M", Array(1...9) + Array(11...23)),
            localities: [
                "Ancoats", "Ardwick", "Moss Side", "Hulme", "Rusholme", "Fallowfield", "Withington", "Didsbury",
                "Levenshulme", "Gorton", "Openshaw", "Cheetham Hill", "Chorlton", "Longsight",
            ],
            practicePrefix: "P84", pharmacyLetter: "B", sites: ["R0A02", "R0A07", "R0A66"],
            landline: "0161 496 0", weight: 9),
        Area(
            "B", town: "Birmingham", outward: Area.districts("B", 1...21),
            localities: [
                "Digbeth", "Ladywood", "Aston", "Nechells", "Small Heath", "Sparkbrook", "Balsall Heath",
                "Edgbaston", "Handsworth", "Erdington", "Moseley", "Kings Heath", "Selly Oak", "Harborne",
                "Hall Green", "Acocks Green",
            ],
            practicePrefix: "M85", pharmacyLetter: "C", sites: ["RRK15", "RRK97", "RRK02"],
            landline: "0121 496 0", weight: 10),
        Area(
            "SW", town: "London",
            outward: ["SW1A", "SW1P", "SW1V", "SW1W", "SW1X", "SW1Y"] + Area.districts("SW", 2...20),
            localities: [
                "Westminster", "Pimlico", "Brixton", "Clapham", "Battersea", "Wandsworth", "Putney", "Wimbledon",
                "Streatham", "Tooting", "Fulham", "Chelsea", "Kensington", "Balham", "Stockwell",
            ],
            practicePrefix: "H85", pharmacyLetter: "D", sites: ["RJ701", "RQM01", "RJ122"],
            landline: "020 7946 0", weight: 9),
        Area(
            "E", town: "London", outward: ["E1", "E1W"] + Area.districts("E", 2...18),
            localities: [
                "Whitechapel", "Bethnal Green", "Bow", "Hackney", "Homerton", "Stratford", "Forest Gate",
                "Leyton", "Walthamstow", "Poplar", "Canning Town", "East Ham", "Wapping", "Stepney",
            ],
            practicePrefix: "F84", pharmacyLetter: "E", sites: ["R1H12", "R1HKH", "R1HNH"],
            landline: "020 7946 0", weight: 9),
        Area(
            "N", town: "London", outward: Area.districts("N", 1...22),
            localities: [
                "Islington", "Holloway", "Finsbury Park", "Tottenham", "Wood Green", "Highgate", "Muswell Hill",
                "Palmers Green", "Edmonton", "Finchley", "Hornsey", "Stoke Newington", "Highbury",
            ],
            practicePrefix: "F83", pharmacyLetter: "G", sites: ["RAPNM", "RKEQ4", "RAL01"],
            landline: "020 7946 0", weight: 8),
        Area(
            "BS", town: "Bristol", outward: Area.districts("BS", 1...16),
            localities: [
                "Redcliffe", "St Pauls", "Easton", "Bedminster", "Clifton", "Cotham", "Redland", "Bishopston",
                "Southmead", "Fishponds", "Knowle", "Hartcliffe", "Kingswood",
            ],
            practicePrefix: "L81", pharmacyLetter: "H", sites: ["RA701", "RVJ01"], landline: "0117 496 0",
            weight: 5),
        Area(
            "NE", town: "Newcastle upon Tyne", outward: Area.districts("NE", 1...15),
            localities: [
                "Jesmond", "Heaton", "Byker", "Walker", "Fenham", "Benwell", "Elswick", "Gosforth", "Kenton",
                "Westerhope", "Walkergate",
            ],
            practicePrefix: "A87", pharmacyLetter: "J", sites: ["RTD01", "RTD02"], landline: "0191 498 0",
            weight: 4),
        Area(
            "L", town: "Liverpool", outward: Area.districts("L", 1...25),
            localities: [
                "Vauxhall", "Everton", "Anfield", "Walton", "Kensington", "Wavertree", "Toxteth", "Aigburth",
                "West Derby", "Norris Green", "Garston", "Allerton", "Woolton", "Childwall", "Speke",
            ],
            practicePrefix: "N82", pharmacyLetter: "K", sites: ["REM21", "REM01"], landline: "0151 496 0",
            weight: 5),
        Area(
            "S", town: "Sheffield", outward: Area.districts("S", 1...14),
            localities: [
                "City Centre", "Heeley", "Darnall", "Attercliffe", "Pitsmoor", "Hillsborough", "Crookes",
                "Broomhill", "Nether Edge", "Ecclesall", "Gleadless", "Walkley",
            ],
            practicePrefix: "C88", pharmacyLetter: "L", sites: ["RHQNG", "RHQHH"], landline: "0114 496 0",
            weight: 5),
        Area(
            "NG", town: "Nottingham", outward: Area.districts("NG", 1...11),
            localities: [
                "Lace Market", "Sneinton", "Carlton", "Sherwood", "Arnold", "Hyson Green", "Radford",
                "Beeston", "West Bridgford", "Clifton", "Bulwell",
            ],
            practicePrefix: "C84", pharmacyLetter: "M", sites: ["RX1CC", "RX1RA"], landline: "0115 496 0",
            weight: 4),
        Area(
            "LE", town: "Leicester", outward: Area.districts("LE", 1...5),
            localities: ["Belgrave", "Highfields", "Evington", "Aylestone", "Humberstone", "Rushey Mead"],
            practicePrefix: "C82", pharmacyLetter: "N", sites: ["RWEAA", "RWEAE"], landline: "0116 496 0",
            weight: 3),
        Area(
            "CB", town: "Cambridge", outward: Area.districts("CB", 1...5),
            localities: ["Romsey", "Chesterton", "Cherry Hinton", "Trumpington", "Arbury", "Newnham"],
            practicePrefix: "D81", pharmacyLetter: "P", sites: ["RGT01"], landline: noArea, weight: 2),
        Area(
            "OX", town: "Oxford", outward: Area.districts("OX", 1...4),
            localities: ["Jericho", "Summertown", "Headington", "Cowley", "Iffley", "Botley"],
            practicePrefix: "K84", pharmacyLetter: "Q", sites: ["RTH08", "RTH05"], landline: noArea, weight: 2),
        Area(
            "BD", town: "Bradford", outward: Area.districts("BD", 1...10),
            localities: [
                "Manningham", "Little Horton", "Bowling", "Eccleshill", "Idle", "Heaton", "Allerton",
                "Thornbury", "Wibsey", "Great Horton",
            ],
            practicePrefix: "B83", pharmacyLetter: "R", sites: ["RAE01"], landline: noArea, weight: 4),
        Area(
            "CV", town: "Coventry", outward: Area.districts("CV", 1...6),
            localities: ["Hillfields", "Foleshill", "Earlsdon", "Tile Hill", "Stoke", "Radford", "Longford"],
            practicePrefix: "M86", pharmacyLetter: "S", sites: ["RKB01"], landline: noArea, weight: 3),
        Area(
            "HU", town: "Hull", outward: Area.districts("HU", 1...9),
            localities: ["Drypool", "Newland", "Anlaby", "Hessle", "Orchard Park", "Bransholme", "Marfleet"],
            practicePrefix: "B81", pharmacyLetter: "T", sites: ["RWA01"], landline: noArea, weight: 3),
        Area(
            "SO", town: "Southampton", outward: Area.districts("SO", 14...19),
            localities: ["Bevois Valley", "Shirley", "Portswood", "Bitterne", "Woolston", "Sholing"],
            practicePrefix: "J82", pharmacyLetter: "U", sites: ["RHM01"], landline: noArea, weight: 2),
        Area(
            "BN", town: "Brighton", outward: Area.districts("BN", 1...3),
            localities: ["Kemptown", "Hanover", "Preston Park", "Hove", "Moulsecoomb", "Whitehawk"],
            practicePrefix: "G81", pharmacyLetter: "V", sites: ["RXH01"], landline: noArea, weight: 2),
        Area(
            "YO", town: "York", outward: Area.districts("YO", [1, 10, 23, 24, 26, 30, 31, 32]),
            localities: ["Bishopthorpe", "Fulford", "Acomb", "Clifton", "Heworth", "Haxby", "Tang Hall"],
            practicePrefix: "B82", pharmacyLetter: "W", sites: ["RCB55"], landline: noArea, weight: 2),
    ]

    private static let walesAndScotland: [Area] = [
        Area(
            "CF", town: "Cardiff", outward: Area.districts("CF", [3, 5, 10, 11, 14, 15, 23, 24]),
            localities: [
                "Butetown", "Grangetown", "Canton", "Riverside", "Cathays", "Roath", "Splott", "Llanishen",
                "Whitchurch", "Ely", "Rumney",
            ],
            practicePrefix: "W97", pharmacyLetter: "X", sites: ["7A4BV", "7A4C1"], landline: "029 2018 0",
            weight: 4),
        Area(
            "G", town: "Glasgow",
            outward: Area.districts("G", [1, 2, 3, 4, 5, 11, 12, 13, 14, 15, 20, 21, 22, 23, 31, 32, 40, 41, 42, 51]),
            localities: [
                "Merchant City", "Gorbals", "Partick", "Hillhead", "Govan", "Maryhill", "Springburn",
                "Dennistoun", "Shettleston", "Bridgeton", "Pollokshields", "Shawlands", "Anniesland",
            ],
            practicePrefix: "S43", pharmacyLetter: "Y", sites: ["G405H", "G107H"], landline: "0141 496 0",
            weight: 6),
        Area(
            "EH", town: "Edinburgh", outward: Area.districts("EH", 1...17),
            localities: [
                "Old Town", "New Town", "Leith", "Stockbridge", "Morningside", "Bruntsfield", "Marchmont",
                "Portobello", "Corstorphine", "Gorgie", "Craigmillar", "Newington",
            ],
            practicePrefix: "S70", pharmacyLetter: "Z", sites: ["S314H", "S308H"], landline: "0131 496 0",
            weight: 5),
    ]
}
