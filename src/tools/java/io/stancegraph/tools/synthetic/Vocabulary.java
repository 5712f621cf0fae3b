package io.stancegraph.tools.synthetic;

import java.util.List;

/**
 * The words synthetic articles are made of: names, places, outlets, the topic catalogue and the phrases political
 * statements are built from. Each topic's phrases contain at least one of its own keywords and none of another
 * topic's, and the general phrases contain no keyword at all, so a statement's topics are exactly the topics whose
 * keywords its text contains, as ingestion would tag it.
 */
final class Vocabulary {

    private Vocabulary() {
    }

    record Country(String name, String adjective, String iso, String capital) {
    }

    record Outlet(String name, String domain, double weight) {
    }

    /** A post a country's government fills: the label (unique) and the title articles write before a name. */
    record PostTemplate(String label, String title) {
    }

    /**
     * A topic with its keywords, the verb phrases (after a modal: "must ...") and noun phrases (inside a quoted
     * fragment) that carry them, a headline noun and a popularity weight.
     */
    record TopicTemplate(String slug, String name, String description, List<String> keywords,
            List<String> verbPhrases, List<String> nounPhrases, String headline, double weight) {
    }

    /** Ordered by how often they appear in the news: the first ones get governments, posts and most people. */
    static final List<Country> COUNTRIES = List.of(
            new Country("United Kingdom", "British", "GB", "London"),
            new Country("United States", "American", "US", "Washington"),
            new Country("Ukraine", "Ukrainian", "UA", "Kyiv"),
            new Country("Russia", "Russian", "RU", "Moscow"),
            new Country("France", "French", "FR", "Paris"),
            new Country("Germany", "German", "DE", "Berlin"),
            new Country("Poland", "Polish", "PL", "Warsaw"),
            new Country("Italy", "Italian", "IT", "Rome"),
            new Country("China", "Chinese", "CN", "Beijing"),
            new Country("Turkey", "Turkish", "TR", "Ankara"),
            new Country("Canada", "Canadian", "CA", "Ottawa"),
            new Country("Japan", "Japanese", "JP", "Tokyo"),
            new Country("Netherlands", "Dutch", "NL", "The Hague"),
            new Country("Spain", "Spanish", "ES", "Madrid"),
            new Country("Sweden", "Swedish", "SE", "Stockholm"),
            new Country("Finland", "Finnish", "FI", "Helsinki"),
            new Country("Norway", "Norwegian", "NO", "Oslo"),
            new Country("Denmark", "Danish", "DK", "Copenhagen"),
            new Country("Estonia", "Estonian", "EE", "Tallinn"),
            new Country("Latvia", "Latvian", "LV", "Riga"),
            new Country("Lithuania", "Lithuanian", "LT", "Vilnius"),
            new Country("Hungary", "Hungarian", "HU", "Budapest"),
            new Country("Romania", "Romanian", "RO", "Bucharest"),
            new Country("Czech Republic", "Czech", "CZ", "Prague"),
            new Country("Slovakia", "Slovak", "SK", "Bratislava"),
            new Country("Belgium", "Belgian", "BE", "Brussels"),
            new Country("Austria", "Austrian", "AT", "Vienna"),
            new Country("Ireland", "Irish", "IE", "Dublin"),
            new Country("Greece", "Greek", "GR", "Athens"),
            new Country("Portugal", "Portuguese", "PT", "Lisbon"),
            new Country("Belarus", "Belarusian", "BY", "Minsk"),
            new Country("Moldova", "Moldovan", "MD", "Chisinau"),
            new Country("Georgia", "Georgian", "GE", "Tbilisi"),
            new Country("India", "Indian", "IN", "New Delhi"),
            new Country("Brazil", "Brazilian", "BR", "Brasilia"),
            new Country("South Africa", "South African", "ZA", "Pretoria"),
            new Country("Saudi Arabia", "Saudi", "SA", "Riyadh"),
            new Country("Qatar", "Qatari", "QA", "Doha"),
            new Country("Israel", "Israeli", "IL", "Jerusalem"),
            new Country("Iran", "Iranian", "IR", "Tehran"),
            new Country("North Korea", "North Korean", "KP", "Pyongyang"),
            new Country("Australia", "Australian", "AU", "Canberra"),
            new Country("Switzerland", "Swiss", "CH", "Bern"),
            new Country("Bulgaria", "Bulgarian", "BG", "Sofia"),
            new Country("Croatia", "Croatian", "HR", "Zagreb"));

    /** Share of people from each of the first countries; the rest spread over the others. */
    static final double[] PEOPLE_BY_COUNTRY = { 20, 15, 12, 8, 6, 6, 4, 3, 2, 2, 1.5, 1 };

    static final List<PostTemplate> UK_POSTS = List.of(
            new PostTemplate("Prime Minister of the United Kingdom", "Prime Minister"),
            new PostTemplate("Foreign Secretary of the United Kingdom", "Foreign Secretary"),
            new PostTemplate("Defence Secretary of the United Kingdom", "Defence Secretary"),
            new PostTemplate("Chancellor of the Exchequer", "Chancellor"),
            new PostTemplate("Home Secretary of the United Kingdom", "Home Secretary"),
            new PostTemplate("Leader of the Opposition of the United Kingdom", "Leader of the Opposition"));

    static final List<PostTemplate> US_POSTS = List.of(
            new PostTemplate("President of the United States", "President"),
            new PostTemplate("Secretary of State of the United States", "Secretary of State"),
            new PostTemplate("Secretary of Defense of the United States", "Defense Secretary"),
            new PostTemplate("Vice-President of the United States", "Vice-President"),
            new PostTemplate("National Security Adviser of the United States", "National Security Adviser"));

    /** Posts of the other countries: "%s" is the country's name. */
    static final List<PostTemplate> NATIONAL_POSTS = List.of(
            new PostTemplate("President of %s", "President"),
            new PostTemplate("Prime Minister of %s", "Prime Minister"),
            new PostTemplate("Foreign Minister of %s", "Foreign Minister"),
            new PostTemplate("Defence Minister of %s", "Defence Minister"));

    static final List<String> ORGANIZATIONS = List.of(
            "Nato", "European Union", "European Commission", "United Nations", "UN Security Council", "Downing Street",
            "Kremlin", "White House", "Pentagon", "Ministry of Defence", "Foreign Office", "State Department",
            "Elysee Palace", "International Atomic Energy Agency", "G7", "OSCE", "International Criminal Court",
            "International Committee of the Red Cross", "Amnesty International", "Human Rights Watch", "World Bank",
            "International Monetary Fund", "Labour Party", "Conservative Party", "Liberal Democrats", "Reform UK",
            "Democratic Party", "Republican Party", "Institute for the Study of War", "Chatham House",
            "Royal United Services Institute", "Carnegie Endowment for International Peace", "European Council",
            "European Parliament", "Council of Europe");

    /** Institutions every country has: "%s" is the adjective. */
    static final List<String> NATIONAL_INSTITUTIONS = List.of(
            "%s Foreign Ministry", "%s Defence Ministry", "%s Armed Forces", "%s Parliament", "%s Central Bank");

    static final List<String> THINK_TANK_SUBJECTS = List.of(
            "Security", "Defence", "Strategic", "European", "Eastern European", "International", "Energy", "Policy",
            "Foreign Policy", "Peace", "Conflict", "Transatlantic", "Baltic", "Black Sea", "Democracy");

    static final List<String> GROUPS = List.of(
            "Western leaders", "European capitals", "Ukrainian officials", "Russian officials", "US officials",
            "EU diplomats", "Nato allies", "Kremlin officials", "Western intelligence officials", "Opposition MPs",
            "Labour backbenchers", "Conservative MPs", "Humanitarian groups", "Ukrainian soldiers", "Military analysts",
            "European officials", "Senior Democrats", "Senior Republicans", "Baltic leaders", "Nordic leaders");

    static final List<String> MALE_NAMES = List.of(
            "David", "Keir", "John", "James", "Peter", "Mark", "Michael", "Richard", "Thomas", "Robert", "Andrew", "Paul",
            "Stephen", "Jonathan", "Simon", "Edward", "William", "Daniel", "Oliver", "Ben", "Tom", "Ed", "Pat", "Grant",
            "Emmanuel", "Olaf", "Friedrich", "Donald", "Joe", "Marco", "Pete", "Mike", "Volodymyr", "Andriy", "Dmytro",
            "Oleksandr", "Vladimir", "Sergei", "Dmitry", "Yuri", "Mikhail", "Viktor", "Radoslaw",
            "Pedro", "Giorgio", "Antonio", "Jens", "Alexander", "Gabriel", "Jean-Noel", "Boris", "Rishi",
            "Anthony", "Justin", "Fumio", "Recep", "Ulf", "Petteri", "Jonas", "Lars", "Gitanas", "Edgars", "Alar",
            "Kristjan", "Klaus", "Nikos", "Luis", "Milos", "Andrej", "Igor", "Charles",
            "Hugh", "Alastair", "Nigel", "Calum", "Liam", "Stuart", "Wes", "Darren", "Lucas", "Hakan", "Kyriakos");

    static final List<String> FEMALE_NAMES = List.of(
            "Rachel", "Yvette", "Angela", "Bridget", "Lisa", "Shabana", "Emily", "Kemi", "Priti", "Liz", "Theresa",
            "Ursula", "Kaja", "Annalena", "Giorgia", "Mette", "Sanna", "Ingrid", "Ylva", "Elina", "Agnes", "Roberta",
            "Kamala", "Nancy", "Hillary", "Condoleezza", "Olena", "Iryna", "Yulia", "Maria", "Valentina", "Natalia",
            "Svetlana", "Tulsi", "Karoline", "Marine", "Catherine", "Victoria", "Sarah", "Helen", "Jane", "Anna",
            "Emma", "Laura", "Claire", "Fiona", "Joanna", "Penny", "Suella", "Louise", "Harriet", "Chloe", "Zarah",
            "Kristalina", "Christine", "Roza", "Ewa", "Beata", "Katarina", "Sophie");

    /** Common surnames only: a real politician's surname with a random first name would put invented words in a real person’s mouth. */
    static final List<String> SURNAMES = List.of(
            "Martin", "Harris", "Quinn", "Hughes", "Powell", "Morgan",
            "Evans", "Edwards", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "White", "Hall", "Green", "Wood",
            "Clarke", "Turner", "Hill", "Moore", "Lewis", "Jackson", "Baker", "Carter", "Mitchell", "Shaw", "Ward",
            "Fisher", "Palmer", "Bennett", "Grant", "Hayes", "Foster", "Gray", "Holmes", "Kennedy", "Ellis", "Reid",
            "Murray", "Fraser", "Campbell", "Stewart", "MacLeod", "Sinclair", "Ferguson", "Hamilton", "Graham", "Burns",
            "Doyle", "Byrne", "Ryan", "Walsh", "Kelly", "Murphy", "Brennan", "Gallagher", "Keane", "Nolan", "Fontaine",
            "Laurent", "Moreau", "Girard", "Mercier", "Dubois", "Lefevre", "Rousseau", "Vasseur", "Becker", "Schmidt",
            "Fischer", "Weber", "Wagner", "Hoffmann", "Richter", "Krause", "Neumann", "Schulz", "Kowalski", "Nowak",
            "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Zielinski", "Rossi", "Russo", "Ferrari", "Esposito",
            "Bianchi", "Romano", "Colombo", "Ricci", "Garcia", "Fernandez", "Lopez", "Martinez", "Gonzalez", "Navarro",
            "Moreno", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "Johansson", "Lindqvist",
            "Berg", "Nilsson", "Larsen", "Hansen", "Nielsen", "Virtanen", "Korhonen", "Tamm", "Ozols", "Kazlauskas",
            "Nagy", "Horvath", "Popescu", "Novak", "Dvorak", "Kovac", "Papadopoulos", "Silva", "Santos", "Shevchenko",
            "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Marchenko", "Ivanov",
            "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Volkov", "Morozov", "Petrov", "Orlov", "Yilmaz", "Demir",
            "Kaya", "Tanaka", "Suzuki", "Sato", "Chen", "Wang", "Li", "Zhang", "Singh", "Sharma", "Khan", "Ahmed",
            "Hussain", "Okafor", "Mensah", "Cohen", "Levi", "Haddad", "Nasser", "Rahman", "O’Brien", "O’Neill",
            "McCarthy", "McDonald", "Brown", "Taylor", "Davies", "Wilson", "Johnson", "Robinson", "Young", "King",
            "Scott", "Adams", "Parker", "Collins", "Rogers", "Cook", "Bell", "Cox", "Richardson", "Howard", "Brooks",
            "Price", "Barnes", "Russell", "Webb", "Hunt", "Dixon", "Mills", "Knight", "Stone", "Marsh", "Chapman");

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("The Independent", "independent.co.uk", 14), new Outlet("The Guardian", "theguardian.com", 12),
            new Outlet("BBC News", "bbc.co.uk", 11), new Outlet("Reuters", "reuters.com", 10),
            new Outlet("The Times", "thetimes.com", 7), new Outlet("Financial Times", "ft.com", 6),
            new Outlet("The Telegraph", "telegraph.co.uk", 6), new Outlet("Politico Europe", "politico.eu", 5),
            new Outlet("Associated Press", "apnews.com", 5), new Outlet("Al Jazeera", "aljazeera.com", 3),
            new Outlet("Kyiv Independent", "kyivindependent.com", 3), new Outlet("Le Monde", "lemonde.fr", 2),
            new Outlet("Der Spiegel", "spiegel.de", 2), new Outlet("The Economist", "economist.com", 2),
            new Outlet("The New York Times", "nytimes.com", 3), new Outlet("The Washington Post", "washingtonpost.com", 2),
            new Outlet("Sky News", "news.sky.com", 2), new Outlet("CNN", "cnn.com", 2),
            new Outlet("Bloomberg", "bloomberg.com", 2), new Outlet("Deutsche Welle", "dw.com", 1),
            new Outlet("Euronews", "euronews.com", 1), new Outlet("The Atlantic", "theatlantic.com", 0.5));

    static final List<String> URL_SECTIONS = List.of("news/world", "world/europe", "politics", "world", "news/uk");

    static final List<String> CITIES = List.of(
            "London", "Washington", "Kyiv", "Moscow", "Paris", "Berlin", "Warsaw", "Rome", "Munich", "Geneva",
            "Istanbul", "Riyadh", "Jeddah", "Brussels", "Vilnius", "The Hague", "Kharkiv", "Odesa", "Lviv", "Dnipro",
            "Helsinki", "Madrid", "Ankara", "Tallinn", "Rzeszow", "Chisinau", "Doha", "Budapest", "Vienna",
            "Copenhagen", "Oslo", "Stockholm", "Prague", "Bucharest", "Sofia", "Athens", "Lisbon", "Dublin", "Ottawa",
            "Tokyo");

    static final List<String> FRONT_LINE_TOWNS = List.of(
            "Pokrovsk", "Kupiansk", "Kramatorsk", "Sumy", "Kherson", "Bakhmut", "Avdiivka", "Toretsk", "Huliaipole");

    /** Where a statement was published or broadcast: how the article says it, and the medium it names. */
    record Medium(String phrase, String name) {
    }

    static final List<Medium> MEDIA = List.of(
            new Medium("the BBC", "BBC"), new Medium("Sky News", "Sky News"), new Medium("CNN", "CNN"),
            new Medium("Fox News", "Fox News"), new Medium("the Financial Times", "Financial Times"),
            new Medium("The Times", "The Times"), new Medium("the Today programme", "BBC Radio 4"),
            new Medium("ITV News", "ITV News"), new Medium("Le Monde", "Le Monde"), new Medium("Bild", "Bild"));

    static final List<Medium> PLATFORMS = List.of(
            new Medium("X", "X"), new Medium("Truth Social", "Truth Social"), new Medium("Telegram", "Telegram"));

    static final List<String> AUDIENCES = List.of("reporters", "MPs", "journalists", "the Commons", "supporters",
            "a press conference", "broadcasters");

    static final List<String> EDITORS = List.of("editor:amara.okafor", "editor:jonas.berg", "editor:lucia.ferrari",
            "editor:tom.hughes", "editor:nadia.kovalenko", "editor:sam.reid");

    // ------------------------------------------------------------------------------------------- statement phrases

    static final List<TopicTemplate> TOPICS = List.of(
            new TopicTemplate("ukraine-at-the-table", "Ukraine at the table",
                    "Ukraine must take part in any negotiation about its future",
                    List.of("at the table", "seat at the table", "without ukraine", "no decisions about ukraine",
                            "negotiations about ukraine"),
                    List.of("make sure Kyiv has a seat at the table", "keep Ukraine at the table in every round of talks",
                            "reject any deal agreed without Ukraine", "accept no decisions about Ukraine without Ukraine",
                            "hold no negotiations about Ukraine behind Kyiv’s back"),
                    List.of("a seat at the table", "nothing about Ukraine without Ukraine", "talks without Ukraine"),
                    "Ukraine’s seat at the table", 7),
            new TopicTemplate("ukraine-nato-membership", "Ukraine’s Nato membership", "Ukraine joining Nato",
                    List.of("nato membership", "join nato", "joining nato", "member of nato", "nato accession"),
                    List.of("keep the door open for Ukraine to join Nato", "rule out Nato membership for Kyiv",
                            "set out a clear path to Nato membership", "back Ukraine joining Nato once the war is over",
                            "see Ukraine become a member of Nato"),
                    List.of("an irreversible path to Nato membership", "Nato accession by the back door",
                            "the dream of joining Nato"),
                    "Nato membership for Ukraine", 5),
            new TopicTemplate("territorial-concessions", "Territorial concessions",
                    "Ukraine ceding territory to Russia as part of a deal",
                    List.of("territory", "territorial", "land for peace", "cede", "borders"),
                    List.of("never cede an inch of Ukrainian land", "respect Ukraine’s internationally recognised borders",
                            "reject any talk of land for peace", "refuse to reward the seizure of territory by force",
                            "accept no territorial changes imposed by force"),
                    List.of("territorial concessions", "land for peace", "a redrawing of borders"),
                    "territorial concessions", 6),
            new TopicTemplate("us-security-guarantee", "US security guarantee",
                    "a US security guarantee / backstop for a peace deal",
                    List.of("security guarantee", "security guarantees", "backstop", "us guarantee"),
                    List.of("insist on a security guarantee from Washington", "secure an American backstop for any deal",
                            "offer security guarantees that deter future aggression",
                            "make a US guarantee part of any settlement",
                            "work on a security guarantee with American partners"),
                    List.of("a security guarantee worth the name", "an American backstop", "cast-iron security guarantees"),
                    "security guarantee", 9),
            new TopicTemplate("european-defence-spending", "European defence spending",
                    "raising UK / European defence spending (e.g. 2.5% of GDP)",
                    List.of("defence spending", "defence budget", "spend more on defence", "gdp on defence", "2.5%"),
                    List.of("raise defence spending to 2.5% of GDP", "spend more on defence, and faster",
                            "increase the defence budget year after year",
                            "put 3% of GDP on defence by the end of the decade",
                            "protect the defence budget from any cuts"),
                    List.of("a generational increase in defence spending", "2.5% of GDP",
                            "a defence budget fit for the times"),
                    "defence spending", 7),
            new TopicTemplate("russia-g7-readmission", "Russia’s G7 readmission", "readmitting Russia to the G7",
                    List.of("g7", "g8", "readmitted"),
                    List.of("keep Russia out of the G7", "bring Moscow back into the G8",
                            "never see Russia readmitted to the club of democracies", "discuss a return to the G8 format",
                            "refuse Moscow any place at the G7"),
                    List.of("a return to the G8", "Russia readmitted to the G7"),
                    "Russia’s return to the G7", 2),
            new TopicTemplate("ceasefire-first", "Ceasefire first",
                    "an (unconditional) ceasefire before or as part of talks",
                    List.of("ceasefire", "truce", "stop the fighting"),
                    List.of("agree an unconditional ceasefire first", "stop the fighting before any talks begin",
                            "push for a full and immediate ceasefire", "accept a 30-day truce as a first step",
                            "insist that a ceasefire comes before negotiations"),
                    List.of("an unconditional ceasefire", "a fragile truce", "a ceasefire in name only"),
                    "ceasefire", 10),
            new TopicTemplate("sanctions-on-russia", "Sanctions on Russia", "new or tighter sanctions on Russia",
                    List.of("sanction", "sanctions"),
                    List.of("tighten sanctions on the Russian economy", "sanction the shadow fleet",
                            "keep sanctions in place until Moscow changes course",
                            "impose new sanctions on Russian banks",
                            "lift sanctions only as part of a lasting settlement"),
                    List.of("the toughest sanctions yet", "sanctions relief", "a new package of sanctions"),
                    "sanctions", 8),
            new TopicTemplate("frozen-russian-assets", "Frozen Russian assets", "seizing frozen Russian assets for Ukraine",
                    List.of("frozen assets", "russian assets", "frozen russian"),
                    List.of("use frozen Russian assets to help Ukraine", "seize Russian assets held in Europe",
                            "put the proceeds of frozen assets to work for Kyiv",
                            "unlock frozen Russian reserves for Ukraine’s defence"),
                    List.of("frozen Russian assets", "billions in frozen assets"),
                    "frozen Russian assets", 4),
            new TopicTemplate("zelensky-legitimacy", "Zelensky’s legitimacy",
                    "Zelensky as a legitimate, democratically elected leader",
                    List.of("dictator", "without elections", "legitimate", "elected leader"),
                    List.of("respect Zelensky as the legitimate leader of Ukraine", "stand by a democratically elected leader",
                            "reject the claim that Zelensky is a dictator",
                            "refuse to deal with a president without elections",
                            "recognise the legitimate government in Kyiv"),
                    List.of("a dictator without elections", "the elected leader of a sovereign nation",
                            "a legitimate president"),
                    "Zelensky", 4),
            new TopicTemplate("putin-good-faith", "Putin’s good faith",
                    "whether Putin is serious about / can be trusted on peace",
                    List.of("serious about peace", "trust putin", "prevaricating", "good faith", "cannot be trusted"),
                    List.of("test whether Moscow is serious about peace", "trust Putin to keep his word",
                            "negotiate in good faith", "stop prevaricating and come to the negotiating room",
                            "show the world that the Kremlin cannot be trusted"),
                    List.of("prevaricating", "not serious about peace", "good faith"),
                    "Putin’s intentions", 6),
            new TopicTemplate("ukraine-eu-membership", "Ukraine’s EU membership", "Ukraine joining the European Union",
                    List.of("eu membership", "join the eu", "accession talks", "european union membership"),
                    List.of("open accession talks with Kyiv this year", "speed up Ukraine’s EU membership",
                            "help Ukraine join the EU by the end of the decade", "set a firm date for EU membership"),
                    List.of("a fast track to EU membership", "accession talks"),
                    "EU membership", 4),
            new TopicTemplate("military-aid", "Military aid to Ukraine", "weapons, ammunition and money for Ukraine’s forces",
                    List.of("military aid", "weapons deliveries", "arms supplies", "long-range missiles"),
                    List.of("step up military aid to Ukraine", "keep weapons deliveries flowing",
                            "send long-range missiles to Kyiv", "resume arms supplies without conditions",
                            "double military aid next year"),
                    List.of("a new package of military aid", "long-range missiles", "uninterrupted arms supplies"),
                    "military aid", 9),
            new TopicTemplate("air-defence", "Air defence", "air defence systems to protect Ukraine’s cities and grid",
                    List.of("air defence", "air defences", "patriot systems"),
                    List.of("send more Patriot systems to protect Ukrainian cities", "strengthen Ukraine’s air defences",
                            "close the gaps in air defence before winter", "build a European air defence shield"),
                    List.of("more air defence", "Patriot systems", "an air defence shield over Ukraine"),
                    "air defence", 5),
            new TopicTemplate("peacekeeping-force", "A peacekeeping force", "European troops to secure a peace deal",
                    List.of("peacekeeping", "peacekeepers", "coalition of the willing", "troops on the ground"),
                    List.of("put troops on the ground to keep the peace", "lead a coalition of the willing",
                            "deploy peacekeepers once a deal is signed",
                            "rule out a peacekeeping mission without American support"),
                    List.of("a coalition of the willing", "European peacekeepers", "troops on the ground"),
                    "peacekeeping force", 6),
            new TopicTemplate("energy-security", "Energy security", "Europe’s energy supplies and prices",
                    List.of("energy security", "gas supplies", "energy prices", "oil price cap"),
                    List.of("protect Europe’s energy security", "end Europe’s dependence on Russian gas supplies",
                            "bring down energy prices for families", "enforce the oil price cap"),
                    List.of("energy security", "lower energy prices", "a tighter oil price cap"),
                    "energy security", 4),
            new TopicTemplate("war-crimes-accountability", "Accountability for war crimes",
                    "prosecuting war crimes and the crime of aggression",
                    List.of("war crimes", "accountability", "special tribunal", "international criminal court"),
                    List.of("bring those responsible for war crimes to justice",
                            "set up a special tribunal for the crime of aggression",
                            "back the International Criminal Court", "insist on full accountability for every atrocity"),
                    List.of("accountability for war crimes", "a special tribunal", "justice and accountability"),
                    "war crimes tribunal", 3),
            new TopicTemplate("reconstruction", "Reconstruction of Ukraine", "paying for and organising Ukraine’s rebuilding",
                    List.of("reconstruction", "rebuild ukraine", "rebuilding ukraine", "recovery conference"),
                    List.of("lead the reconstruction of Ukrainian cities", "help rebuild Ukraine after the war",
                            "host the next recovery conference", "start rebuilding Ukraine’s power grid"),
                    List.of("a Marshall Plan for reconstruction", "the reconstruction effort"),
                    "reconstruction", 3),
            new TopicTemplate("black-sea-shipping", "Black Sea shipping", "safe passage for ships and grain in the Black Sea",
                    List.of("black sea", "grain exports", "grain corridor", "shipping lanes"),
                    List.of("keep shipping lanes in the Black Sea open", "protect grain exports from Odesa",
                            "restore the grain corridor", "ensure safe passage across the Black Sea"),
                    List.of("freedom of navigation in the Black Sea", "grain exports"),
                    "Black Sea shipping", 3),
            new TopicTemplate("nuclear-safety", "Nuclear safety", "the safety of Ukraine’s nuclear plants and nuclear threats",
                    List.of("nuclear", "zaporizhzhia"),
                    List.of("restore safety at the Zaporizhzhia plant", "keep nuclear threats out of this war",
                            "allow inspectors into every nuclear plant", "reject nuclear blackmail"),
                    List.of("nuclear blackmail", "a nuclear accident", "the Zaporizhzhia plant"),
                    "nuclear safety", 2));

    /** Verb phrases about no topic in particular. */
    static final List<String> GENERAL_VERB_PHRASES = List.of(
            "work together, very closely", "keep talking to all sides", "stand by every commitment",
            "do whatever it takes to protect civilians", "press ahead with the plan", "take the difficult decisions",
            "defend the rules-based international order", "stay the course", "put the national interest first",
            "deliver on every promise", "hold firm", "stand shoulder to shoulder with allies",
            "keep every option on the table", "show strength and unity", "support Ukraine for as long as it takes",
            "bring this war to a just and lasting end", "end the bloodshed", "keep up the pressure on Moscow",
            "give diplomacy a chance", "respond firmly to any provocation", "be ready for every scenario",
            "listen to the people of Ukraine", "lead from the front", "move quickly", "avoid a deal that rewards aggression",
            "build a just and lasting peace", "strengthen the transatlantic alliance", "learn the lessons of the past",
            "keep channels of communication open", "deliver for working families", "protect the most vulnerable",
            "tackle the cost of living", "make the case for a stronger Europe", "keep faith with the Ukrainian people");

    /** Noun phrases for quoted fragments about no topic in particular. */
    static final List<String> GENERAL_NOUN_PHRASES = List.of(
            "a step in the right direction", "deeply worrying", "a turning point", "unacceptable", "a test of resolve",
            "long overdue", "a very good first step", "reckless", "deeply irresponsible", "a historic mistake",
            "dangerous nonsense", "a disgrace", "naive", "a moment of great danger", "grave consequences",
            "a long and difficult road", "a great deal", "a betrayal", "the right thing to do", "very productive");

    /** Subjects of quoted sentences (first person and assertions). */
    static final List<String> DIRECT_SUBJECTS = List.of(
            "we", "we", "we", "Europe", "Britain", "our allies", "the government", "this country", "the alliance",
            "our partners", "the international community", "Washington", "Kyiv", "every one of us");

    /** Subjects of reported clauses. */
    static final List<String> REPORTED_SUBJECTS = List.of(
            "the government", "Britain", "Europe", "the alliance", "allies", "Kyiv",
            "Moscow", "Washington", "the country", "Western partners", "the administration");

    /** Modals that agree with any subject. */
    static final List<String> MODALS = List.of("must", "will", "should", "cannot", "will not", "can", "must not",
            "will always", "should not", "may have to");

    /** Modals of reported speech, backshifted. */
    static final List<String> REPORTED_MODALS = List.of("would", "could", "had to", "should", "would not",
            "could not", "must", "would have to", "would never");

    static final List<String> OPENERS = List.of("Let me be clear: ", "Frankly, ", "In the end, ",
            "As I have said many times, ", "Today ", "Once again, ", "Above all, ", "Make no mistake: ");

    static final List<String> ADJUNCTS = List.of("before the end of the year", "without delay", "in the coming weeks",
            "for as long as it takes", "in close coordination with allies", "if talks are to succeed",
            "at the earliest opportunity", "whatever the cost", "this year", "in the months ahead", "from day one");

    /** Short sentences a quotation may go on with. */
    static final List<String> FOLLOW_UPS = List.of("There is no other way", "That is the only path to a lasting peace",
            "The stakes could not be higher", "We owe it to the Ukrainian people", "History will judge us on this",
            "This is a moment of great danger for Europe", "I have been very clear about that",
            "That is what people expect", "Time is running out", "We will not be found wanting",
            "Nobody wants this war to go on", "That is the choice in front of us");

    /** What the reporter calls the thing an actor describes or calls names. */
    static final List<String> TARGETS = List.of("the proposal", "the latest offer", "the plan", "the talks",
            "the agreement", "the decision", "the announcement", "the summit");

    // ----------------------------------------------------------------------------------- the reporter's own words

    static final List<String> ISSUES = List.of("the future of European security", "the war in Ukraine",
            "the cost of the conflict", "relations with Moscow", "support for Kyiv", "the transatlantic relationship",
            "the next phase of the war", "the peace process", "the winter offensive", "the humanitarian situation");

    static final List<String> TIME_REFERENCES = List.of("next week", "later this month", "in the coming days",
            "before the summer", "early next year");

    /**
     * Sentences without anyone speaking. Slots: {city}, {country}, {capital}, {capital2}, {issue}, {time}, {town},
     * {month}, {weekday}, {group}, {organization}.
     */
    static final List<String> NARRATIVE = List.of(
            "The remarks came as officials met in {city} to discuss {issue}.",
            "Talks are expected to resume in {city} {time}.",
            "{country} has been under growing pressure over {issue} since {month}.",
            "Fighting continued along the front line near {town} overnight.",
            "Officials in {capital} have not commented publicly on the proposals.",
            "The latest round of talks ended without agreement on {issue}.",
            "The parliament in {capital} is due to vote on the measures {time}.",
            "Markets reacted cautiously to the news on {weekday}.",
            "The announcement follows months of negotiations between {capital} and {capital2}.",
            "Analysts expect {issue} to dominate the agenda {time}.",
            "A meeting of {organization} ministers is scheduled for {weekday}.",
            "{group} are watching the negotiations closely.",
            "Air raid sirens sounded across {town} for much of the night.",
            "Diplomats in {city} have spent weeks preparing the ground for the meeting.",
            "The issue has divided opinion in {capital} since {month}.",
            "Aid agencies warned of shortages in {town} as winter approached.",
            "The visit to {city} was the first of its kind since {month}.",
            "Turnout at the rally in {city} was higher than organisers had expected.",
            "The proposals will be discussed by {organization} ministers in {city} {time}.",
            "Ukrainian forces have been under heavy pressure around {town} for weeks, and reinforcements have been slow to arrive.",
            "Since {month}, the front line has barely moved, despite heavy losses on both sides.",
            "The talks in {city} were held behind closed doors, and no joint statement was issued afterwards.",
            "Several governments have yet to set out their position, and officials in {capital} have asked for more time.",
            "{country} has offered to host further meetings, although no date has been set.",
            "Emergency services in {town} worked through the night to restore power after another wave of attacks.",
            "Leaders are expected to return to {issue} when they meet {time}.",
            "In {capital}, opposition parties have called for a full debate on {issue}.",
            "The figures, published on {weekday}, show the scale of the challenge facing governments across Europe.",
            "Polling suggests voters in {country} remain divided over {issue}.",
            "The previous round of negotiations, in {city} in {month}, broke up after less than a day.",
            "Officials stressed that any agreement would need the approval of parliaments in several capitals.",
            "The meeting in {city} lasted more than three hours, far longer than scheduled.",
            "Humanitarian organisations say millions of people in the east of the country still depend on aid.",
            "{group} have been pressing for a clearer timetable since {month}.",
            "The embassy in {capital} did not respond to a request for comment.",
            "Delegations from more than thirty countries are expected in {city} {time}.",
            "The move marks a shift from the position {country} took in {month}.");

    static final List<String> HEADLINE_VERBS = List.of("warns on", "backs", "rejects", "signals shift on",
            "under fire over", "doubles down on", "calls for", "rules out", "sets out plan on", "softens tone on");

    static final List<String> HEADLINE_TAILS = List.of("", "", "", " as talks stall", " ahead of summit",
            " after late-night talks", " amid pressure from allies", " in blow to Kremlin");

    static final List<String> GENERAL_HEADLINES = List.of("peace plan", "talks with Moscow", "European security",
            "the war in Ukraine", "support for Kyiv");
}
