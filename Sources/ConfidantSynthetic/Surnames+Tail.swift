extension Surnames {
    /// Less common surnames, so that the registry is not only the top of the ranking: the rest
    /// of the English, Welsh, Scottish and Irish lists, and surnames common among people of
    /// South Asian, Polish, Nigerian, Ghanaian, Somali, Chinese, Turkish, Romanian, Portuguese
    /// and Italian descent in the UK. Grouped by origin in lists of about forty.
    static let tail: [String] = english + celtic + southAsian + polish + african + eastAsian + european

    private static let english: [String] = [
        "Abbott", "Ashton", "Atherton", "Bamford", "Barrow", "Bateman", "Beckett", "Bentley", "Birch", "Blackburn",
        "Bolton", "Bradshaw", "Brookes", "Bryant", "Bull", "Burnett", "Bush", "Cartwright", "Chadwick", "Charlton",
        "Coates", "Cotton", "Crawford", "Crossley", "Dale", "Dalton", "Dyer", "Eaton", "Farmer", "Finch",
        "Fleming", "Flint", "Gale", "Garner", "Goddard", "Gould", "Hale", "Hanson", "Hargreaves", "Haynes",
        "Hodges", "Holden", "Horton", "Hurst", "Ingram", "Jacobs", "Kay", "Kirby", "Lamb", "Leach",
        "Little", "Lord", "Marsden", "Mellor", "Metcalfe", "Nixon", "Noble", "Parkinson", "Pratt", "Randall",
        "Rhodes", "Rowley", "Sharpe", "Steele", "Sykes", "Tomlinson", "Vincent", "Wade", "Wall", "Warner",
        "Whittaker", "Wilkins", "Wilde", "Winter", "Wyatt", "Yeomans", "Fowler", "Heath", "Norman", "Middleton",
        "Lawson", "Banks", "French", "Stanley", "Jarvis", "Gibbs", "Hayward", "Carroll", "Dickinson", "Todd",
        "Barlow", "Peters", "Lucas", "Knowles", "Hartley", "Simmons", "Morton", "Alexander", "Field", "Morrison",
        "Norris", "Townsend", "Preston", "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pollard",
        "Ackroyd", "Appleyard", "Boothroyd", "Broadbent", "Greenhalgh", "Haigh", "Holroyd", "Illingworth",
        "Lumb", "Pickles", "Sutcliffe", "Thackray", "Whiteley", "Ramsbottom", "Entwistle", "Ormerod",
    ]

    private static let celtic: [String] = [
        "O'Sullivan", "O'Reilly", "O'Doherty", "McLaughlin", "Connolly", "Daly", "O'Connell", "Dunne", "Brennan",
        "Farrell", "Fitzgerald", "Maguire", "Nolan", "Flynn", "Callaghan", "O'Donnell", "Duffy", "Mahony", "Boyle",
        "Healy", "O'Shea", "Keane", "Sweeney", "McGrath", "Kavanagh", "Power", "Hogan", "Regan", "Moran",
        "Cullen", "Donnelly", "Devlin", "Mulligan", "McCann", "McKenna", "Cassidy", "Rooney", "Hegarty", "Malone",
        "Devine", "Keogh", "Tierney", "Carey", "Mulholland", "Fitzpatrick", "Kearney", "Costello", "Mooney",
        "Cahill", "McNamara", "Feeney", "MacDonald", "MacLeod", "Fraser", "Sinclair", "Cameron", "Munro",
        "Mackenzie", "Mackay", "McIntosh", "Ferguson", "Paterson", "Douglas", "Bowen", "Llewellyn", "Pugh",
        "Vaughan", "Howells", "Prosser", "Meredith", "Probert", "Rowlands", "Gwynne", "ap Rhys", "Lloyd-Jones",
        "Wynn", "Jenkin", "Bevan", "Bowles",
    ]

    private static let southAsian: [String] = [
        "Rahman", "Islam", "Uddin", "Chowdhury", "Mahmood", "Iqbal", "Hassan", "Malik", "Rashid", "Choudhury",
        "Mistry", "Sharma", "Kumar", "Chauhan", "Parmar", "Sandhu", "Dhillon", "Gupta", "Desai", "Joshi",
        "Mehta", "Bains", "Sidhu", "Virdi", "Rana", "Javed", "Aslam", "Butt", "Hussein", "Raza",
        "Qureshi", "Siddiqui", "Akram", "Anwar", "Bashir", "Haider", "Nawaz", "Shaikh", "Sheikh", "Mirza",
        "Yousaf", "Zaman", "Miah", "Hossain", "Begam", "Sultana", "Khatun", "Ahmad", "Mohammed", "Mahmud",
        "Nair", "Pillai", "Menon", "Iyer", "Reddy", "Rao", "Thakrar", "Lad", "Solanki", "Makwana",
        "Pandya", "Vyas", "Bhatt", "Grewal", "Johal", "Sahota", "Kang", "Atwal", "Basra",
        "Perera", "Fernando", "Jayasuriya", "Sivakumar", "Rajan", "Ganesh",
    ]

    private static let polish: [String] = [
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
        "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski",
        "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Nowicki", "Adamczyk", "Dudek", "Zając",
        "Wieczorek", "Jabłoński", "Król", "Majewski", "Olszewski", "Jaworski", "Wróbel", "Malinowski",
        "Pawlak", "Witkowski", "Walczak", "Stępień", "Górski", "Rutkowski", "Michalak", "Sikora",
        "Ostrowski", "Baran", "Duda", "Szewczyk", "Tomaszewski", "Pietrzak", "Marciniak", "Wróblewski",
        "Zalewski", "Jakubowski", "Jasiński", "Zawadzki", "Sadowski", "Bąk", "Chmielewski", "Włodarczyk",
        "Borkowski", "Czarnecki", "Sawicki", "Sokołowski", "Kazlauskas", "Jankauskas", "Petrauskas",
        "Bērziņš", "Kalniņš", "Horváth", "Novák", "Svoboda",
    ]

    private static let african: [String] = [
        "Adeyemi", "Okafor", "Okonkwo", "Adebayo", "Oladipo", "Ogunleye", "Eze", "Nwosu", "Obi", "Olawale",
        "Akinola", "Bello", "Ibrahim", "Abubakar", "Afolabi", "Ojo", "Balogun", "Adewale", "Ogunbiyi", "Chukwu",
        "Nwachukwu", "Okoro", "Adeleke", "Babatunde", "Olaniyan", "Oluwole", "Adeola", "Ayodele", "Osagie",
        "Igwe", "Okeke", "Anyanwu", "Onuoha", "Adekunle", "Akinyemi", "Ogundipe", "Olatunji", "Adegoke",
        "Alabi", "Oyewole", "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman", "Ampofo",
        "Darko", "Addo", "Acheampong", "Adjei", "Amoah", "Bonsu", "Mohamed", "Abdi", "Farah", "Warsame",
        "Osman", "Jama", "Nur", "Aden", "Abdullahi", "Yusuf", "Omar", "Ismail", "Mugabe", "Moyo",
        "Ndlovu", "Dube", "Banda", "Phiri", "Kamara", "Conteh", "Sesay", "Tesfaye", "Haile", "Bekele",
    ]

    private static let eastAsian: [String] = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
        "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao",
        "Chan", "Cheung", "Wong", "Lam", "Leung", "Ng", "Ho", "Yip", "Tang", "Lau",
        "Chow", "Tsang", "Kwok", "Fung", "Yeung", "Cheng", "Lai", "Chu", "Nguyen", "Tran",
        "Pham", "Le", "Kim", "Park", "Tanaka", "Reyes", "Cruz", "Bautista", "Garcia",
    ]

    private static let european: [String] = [
        "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
        "Popescu", "Ionescu", "Popa", "Dumitru", "Stan", "Stoica", "Gheorghe", "Rusu", "Munteanu", "Matei",
        "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa",
        "Fernandes", "Gomes", "Lopes", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
        "Colombo", "Ricci", "Papadopoulos", "Georgiou", "Christodoulou", "Constantinou", "Ivanov",
        "Petrov", "Müller", "Schmidt", "Fischer", "Dubois", "Moreau", "de Souza", "van der Berg", "Jansen",
    ]
}
