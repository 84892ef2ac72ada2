/// The sex a synthetic person's names are drawn for.
enum Sex: Sendable {
    case male
    case female
}

/// First names by sex and birth decade, most popular first, as in the ONS lists of
/// popular baby names in England and Wales (recalled, not copied: close enough that
/// the same names cluster in the same generations, which is what makes matching hard).
enum GivenNames {
    static let firstDecade = 1930
    /// Older generations concentrated on fewer names, so their weights fall off faster.
    private static let exponents: [Double] = [0.95, 0.9, 0.85, 0.8, 0.75, 0.72, 0.7, 0.66, 0.62, 0.6]

    private static let tables: [[WeightedTable<String>]] = {
        precondition(boys.count == girls.count && boys.count == exponents.count)
        return (0..<boys.count).map { decade in
            [boys[decade], girls[decade]].map { WeightedTable(zipf: $0, exponent: exponents[decade]) }
        }
    }()

    /// The table for people of `sex` born in `year` (clamped to the 1930s…2020s).
    static func table(sex: Sex, birthYear year: Int) -> WeightedTable<String> {
        let decade = min(max((year - firstDecade) / 10, 0), tables.count - 1)
        return tables[decade][sex == .male ? 0 : 1]
    }

    private static let boys: [[String]] = [
        [  // 1930s
            "John", "Peter", "William", "Brian", "David", "James", "Michael", "Ronald", "Kenneth", "George",
            "Robert", "Alan", "Thomas", "Anthony", "Roy", "Dennis", "Derek", "Keith", "Colin", "Eric",
            "Geoffrey", "Raymond", "Donald", "Frederick", "Arthur", "Albert", "Charles", "Frank", "Leslie",
            "Stanley", "Edward", "Harry", "Norman", "Gordon", "Terence",
        ],
        [  // 1940s
            "John", "David", "Michael", "Peter", "Robert", "Anthony", "Brian", "Alan", "William", "James",
            "Richard", "Kenneth", "Roger", "Keith", "Colin", "Christopher", "Barry", "Terence", "Raymond",
            "Geoffrey", "Malcolm", "Graham", "Derek", "Trevor", "Dennis", "Paul", "Stephen", "Roy", "Tony",
            "Ian", "Thomas", "George",
        ],
        [  // 1950s
            "David", "John", "Stephen", "Michael", "Peter", "Paul", "Robert", "Richard", "Alan", "Christopher",
            "Anthony", "Andrew", "Ian", "Philip", "Kevin", "Keith", "Gary", "Martin", "Graham", "Brian",
            "Colin", "Mark", "Trevor", "Geoffrey", "Nigel", "Roger", "Barry", "Kenneth", "Malcolm", "Terence",
            "William", "James",
        ],
        [  // 1960s
            "David", "Paul", "Andrew", "Mark", "John", "Michael", "Stephen", "Ian", "Robert", "Richard",
            "Christopher", "Peter", "Simon", "Anthony", "Kevin", "Gary", "Steven", "Martin", "Darren", "Neil",
            "Jonathan", "Philip", "Nigel", "Timothy", "Alan", "Colin", "Graham", "Jeremy", "Lee", "Dean",
            "Matthew", "Russell",
        ],
        [  // 1970s
            "Paul", "Mark", "David", "Andrew", "Richard", "Christopher", "James", "Simon", "Michael", "Matthew",
            "Stephen", "Lee", "John", "Robert", "Darren", "Daniel", "Steven", "Jason", "Nicholas", "Jonathan",
            "Ian", "Neil", "Peter", "Stuart", "Anthony", "Martin", "Kevin", "Craig", "Philip", "Gary", "Carl",
            "Wayne", "Adam",
        ],
        [  // 1980s
            "Christopher", "James", "David", "Daniel", "Michael", "Matthew", "Andrew", "Richard", "Paul", "Mark",
            "Thomas", "Adam", "Robert", "John", "Lee", "Benjamin", "Steven", "Jonathan", "Craig", "Stephen",
            "Simon", "Nicholas", "Peter", "Anthony", "Alexander", "Gary", "Ian", "Ryan", "Luke", "Jamie",
            "Stuart", "Philip", "Darren", "William", "Carl",
        ],
        [  // 1990s
            "Thomas", "James", "Jack", "Daniel", "Matthew", "Ryan", "Joshua", "Luke", "Samuel", "Jordan",
            "Adam", "Michael", "Alexander", "Christopher", "Benjamin", "Joseph", "Liam", "Jake", "William",
            "Andrew", "George", "Lewis", "Oliver", "David", "Robert", "Connor", "Callum", "Jamie", "Kieran",
            "Nathan", "Aaron", "Charlie", "Harry", "Mohammed",
        ],
        [  // 2000s
            "Jack", "Thomas", "Joshua", "James", "Daniel", "Harry", "Samuel", "Joseph", "Matthew", "Callum",
            "Luke", "William", "Lewis", "Oliver", "Ryan", "Benjamin", "George", "Liam", "Jordan", "Adam",
            "Alexander", "Jake", "Connor", "Cameron", "Nathan", "Kieran", "Mohammed", "Jamie", "Charlie",
            "Ethan", "Alfie", "Dylan", "Max", "Muhammad", "Tyler",
        ],
        [  // 2010s
            "Oliver", "Jack", "Harry", "Jacob", "Charlie", "Thomas", "George", "Oscar", "James", "William",
            "Noah", "Alfie", "Joshua", "Muhammad", "Henry", "Leo", "Archie", "Ethan", "Joseph", "Freddie",
            "Samuel", "Alexander", "Logan", "Daniel", "Isaac", "Max", "Mohammed", "Benjamin", "Mason", "Lucas",
            "Edward", "Harrison", "Jake", "Dylan", "Theo", "Riley",
        ],
        [  // 2020s
            "Noah", "Muhammad", "Oliver", "George", "Leo", "Arthur", "Oscar", "Theodore", "Freddie", "Theo",
            "Archie", "Henry", "Jack", "Charlie", "Alfie", "Jacob", "Thomas", "Lucas", "Finley", "Teddy",
            "Ethan", "Isaac", "Arlo", "Tommy", "Harry", "James", "Albie", "Rory", "Mohammed", "Hugo", "Elijah",
            "Roman", "Reggie", "Luca", "Jude", "Ezra",
        ],
    ]

    private static let girls: [[String]] = [
        [  // 1930s
            "Margaret", "Jean", "Mary", "Joan", "Patricia", "Sheila", "Barbara", "Doreen", "June", "Shirley",
            "Joyce", "Betty", "Dorothy", "Maureen", "Irene", "Kathleen", "Audrey", "Eileen", "Brenda", "Pamela",
            "Sylvia", "Elizabeth", "Marjorie", "Valerie", "Iris", "Doris", "Hilda", "Beryl", "Vera", "Peggy",
            "Edna", "Marion", "Joy",
        ],
        [  // 1940s
            "Margaret", "Patricia", "Christine", "Mary", "Jean", "Ann", "Susan", "Janet", "Maureen", "Barbara",
            "Valerie", "Sandra", "Pauline", "Elizabeth", "Sheila", "Carol", "Brenda", "Jacqueline", "Gillian",
            "Kathleen", "Linda", "Marion", "Shirley", "Joan", "Anne", "Diane", "Judith", "Rosemary", "June",
            "Sylvia", "Angela",
        ],
        [  // 1950s
            "Susan", "Linda", "Christine", "Margaret", "Janet", "Patricia", "Carol", "Elizabeth", "Mary", "Anne",
            "Ann", "Jacqueline", "Sandra", "Gillian", "Julie", "Pauline", "Karen", "Angela", "Lesley", "Valerie",
            "Barbara", "Diane", "Jennifer", "Kathleen", "Helen", "Deborah", "Sheila", "Wendy", "Jean",
            "Maureen", "Lynn", "Denise",
        ],
        [  // 1960s
            "Susan", "Julie", "Karen", "Jacqueline", "Deborah", "Tracey", "Jane", "Helen", "Diane", "Sharon",
            "Tracy", "Angela", "Sarah", "Alison", "Caroline", "Amanda", "Sandra", "Linda", "Catherine",
            "Elizabeth", "Carol", "Joanne", "Wendy", "Janet", "Dawn", "Christine", "Nicola", "Lorraine", "Claire",
            "Michelle", "Gillian", "Lisa",
        ],
        [  // 1970s
            "Sarah", "Claire", "Nicola", "Emma", "Lisa", "Joanne", "Michelle", "Helen", "Samantha", "Karen",
            "Amanda", "Rachel", "Louise", "Julie", "Clare", "Rebecca", "Sharon", "Victoria", "Caroline", "Susan",
            "Alison", "Catherine", "Elizabeth", "Deborah", "Donna", "Tracey", "Tracy", "Angela", "Zoe", "Kelly",
            "Jennifer", "Natalie",
        ],
        [  // 1980s
            "Sarah", "Laura", "Gemma", "Emma", "Rebecca", "Claire", "Victoria", "Samantha", "Rachel", "Amy",
            "Jennifer", "Nicola", "Katie", "Lisa", "Kelly", "Natalie", "Louise", "Michelle", "Hayley", "Hannah",
            "Stacey", "Joanne", "Lauren", "Charlotte", "Kirsty", "Jessica", "Amanda", "Zoe", "Donna",
            "Danielle", "Helen", "Stephanie", "Leanne",
        ],
        [  // 1990s
            "Rebecca", "Lauren", "Jessica", "Charlotte", "Hannah", "Sophie", "Amy", "Emily", "Laura", "Emma",
            "Chloe", "Sarah", "Lucy", "Katie", "Bethany", "Georgia", "Megan", "Rachel", "Danielle", "Jade",
            "Samantha", "Holly", "Stephanie", "Victoria", "Natalie", "Shannon", "Kirsty", "Abigail", "Jodie",
            "Amber", "Olivia", "Ellie", "Aisha",
        ],
        [  // 2000s
            "Emily", "Chloe", "Jessica", "Sophie", "Megan", "Lauren", "Charlotte", "Hannah", "Olivia", "Ellie",
            "Amy", "Lucy", "Grace", "Bethany", "Katie", "Emma", "Holly", "Ella", "Georgia", "Abigail", "Molly",
            "Mia", "Rebecca", "Amelia", "Isabelle", "Jade", "Caitlin", "Leah", "Eleanor", "Millie", "Evie",
            "Elizabeth", "Niamh", "Maryam",
        ],
        [  // 2010s
            "Amelia", "Olivia", "Emily", "Isla", "Ava", "Jessica", "Isabella", "Lily", "Ella", "Mia", "Sophia",
            "Sophie", "Poppy", "Grace", "Evie", "Charlotte", "Ruby", "Chloe", "Isabelle", "Freya", "Daisy",
            "Sienna", "Phoebe", "Millie", "Florence", "Evelyn", "Harper", "Alice", "Scarlett", "Matilda",
            "Holly", "Ellie", "Emma", "Zara", "Zoë",
        ],
        [  // 2020s
            "Olivia", "Amelia", "Isla", "Lily", "Ava", "Freya", "Ivy", "Florence", "Willow", "Isabella", "Mia",
            "Sophia", "Elsie", "Grace", "Evie", "Rosie", "Ella", "Poppy", "Sienna", "Evelyn", "Daisy", "Bonnie",
            "Emily", "Margot", "Harper", "Maya", "Phoebe", "Luna", "Matilda", "Sofia", "Maisie", "Millie",
            "Aria", "Alice", "Violet", "Hallie",
        ],
    ]
}
