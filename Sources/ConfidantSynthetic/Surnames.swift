/// Family names in the proportions they occur in England and Wales: a ranked head of the
/// most common surnames with Zipf-like weights (many Smiths, Joneses and Williamses), and
/// a flatter tail of less common names from the communities that make up the UK today.
enum Surnames {
    /// A surname and its feminine form (they differ only for Polish `-ski`/`-cki` names).
    struct Entry: Sendable {
        let masculine: String
        let feminine: String

        func form(for sex: Sex) -> String { sex == .male ? masculine : feminine }
    }

    /// Share of people whose surname comes from the ranked head rather than the tail.
    private static let headShare = 0.5

    static let table: WeightedTable<Entry> = {
        let headWeights = WeightedTable<Entry>.zipfWeights(count: common.count, exponent: 0.55)
        let headTotal = headWeights.reduce(0, +)
        // The tail is flatter: within each origin list the first names are a little more common.
        let tailWeights = tail.indices.map { 1 / WeightedTable<Entry>.power(Double($0 % 40 + 4), 0.5) }
        let tailTotal = tailWeights.reduce(0, +)
        let head = zip(common, headWeights).map { (entry($0), headShare * $1 / headTotal) }
        let rest = zip(tail, tailWeights).map { (entry($0), (1 - headShare) * $1 / tailTotal) }
        return WeightedTable(head + rest)
    }()

    private static func entry(_ name: String) -> Entry {
        // Polish surnames agree with the bearer's sex: Kowalski, Kowalska.
        if name.hasSuffix("ski") || name.hasSuffix("cki") || name.hasSuffix("dzki") {
            return Entry(masculine: name, feminine: String(name.dropLast()) + "a")
        }
        return Entry(masculine: name, feminine: name)
    }

    /// The most common surnames in England and Wales, most common first.
    static let common: [String] = [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
        "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
        "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
        "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
        "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart",
        "Elliott", "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West",
        "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien",
        "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees",
        "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe",
        "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid", "Holland",
        "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson", "Bird",
        "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop",
        "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman", "Warren", "Nicholls",
        "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor",
        "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy",
        "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson",
        "Rowe", "Burke", "May", "Pritchard", "Gilbert", "Willis", "Higgins", "Read", "Miles", "Stevenson",
        "Stephenson", "Hammond", "Arnold", "Buckley", "Walters", "Hewitt", "Barber", "Nelson", "Slater", "Austin",
        "Sullivan", "Whitehead", "Mann", "Frost", "Lambert", "Stephens", "Blake", "Akhtar", "Lynch", "Goodwin",
        "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett", "Baxter", "Bibi", "Clayton", "Nash",
        "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker", "Davidson",
    ]
}
