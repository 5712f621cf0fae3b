package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** General knowledge every English news reader has: countries, their adjectives and capitals, common institutions. */
final class Gazetteer {

    private Gazetteer() {
    }

    private static final Map<String, String> COUNTRY_WORDS = new HashMap<>();
    private static final Map<String, String> CAPITALS = new HashMap<>();
    private static final Set<String> FIRST_NAME_COUNTRIES = Set.of("jordan", "chad", "georgia", "israel");
    /** Institutions: surface form (lower case) -> canonical name. */
    private static final Map<String, String> INSTITUTIONS = new HashMap<>();
    private static final Map<String, ActorKind> INSTITUTION_KINDS = new HashMap<>();

    static {
        country("United States", "us", "u.s.", "usa", "america", "american", "americans", "united states",
                "united states of america");
        country("United Kingdom", "uk", "britain", "british", "united kingdom", "great britain", "england", "english");
        country("Russia", "russia", "russian", "russians");
        country("Ukraine", "ukraine", "ukrainian", "ukrainians");
        country("France", "france", "french");
        country("Germany", "germany", "german");
        country("Italy", "italy", "italian");
        country("Spain", "spain", "spanish");
        country("Poland", "poland", "polish");
        country("Belgium", "belgium", "belgian");
        country("Netherlands", "netherlands", "dutch");
        country("Finland", "finland", "finnish");
        country("Sweden", "sweden", "swedish");
        country("Norway", "norway", "norwegian");
        country("Denmark", "denmark", "danish");
        country("Estonia", "estonia", "estonian");
        country("Latvia", "latvia", "latvian");
        country("Lithuania", "lithuania", "lithuanian");
        country("Ireland", "ireland", "irish");
        country("Scotland", "scotland", "scottish");
        country("Wales", "wales", "welsh");
        country("Canada", "canada", "canadian");
        country("Australia", "australia", "australian");
        country("New Zealand", "new zealand");
        country("China", "china", "chinese");
        country("Japan", "japan", "japanese");
        country("India", "india", "indian");
        country("Pakistan", "pakistan", "pakistani");
        country("Iran", "iran", "iranian");
        country("Israel", "israel", "israeli");
        country("Turkey", "turkey", "turkish");
        country("Saudi Arabia", "saudi arabia", "saudi");
        country("Egypt", "egypt", "egyptian");
        country("Qatar", "qatar", "qatari");
        country("Syria", "syria", "syrian");
        country("Brazil", "brazil", "brazilian");
        country("Mexico", "mexico", "mexican");
        country("Argentina", "argentina", "argentine");
        country("South Africa", "south africa", "south african");
        country("Nigeria", "nigeria", "nigerian");
        country("Kenya", "kenya", "kenyan");
        country("South Korea", "south korea", "south korean");
        country("North Korea", "north korea", "north korean");
        country("Hungary", "hungary", "hungarian");
        country("Austria", "austria", "austrian");
        country("Switzerland", "switzerland", "swiss");
        country("Greece", "greece", "greek");
        country("Portugal", "portugal", "portuguese");
        country("Czech Republic", "czech republic", "czech");
        country("Romania", "romania", "romanian");
        country("Belarus", "belarus", "belarusian");
        country("Georgia", "georgia", "georgian");
        country("Moldova", "moldova", "moldovan");
        country("Taiwan", "taiwan", "taiwanese");
        country("Venezuela", "venezuela", "venezuelan");
        country("Lebanon", "lebanon", "lebanese");
        country("Iraq", "iraq", "iraqi");
        country("Afghanistan", "afghanistan", "afghan");
        capital("United States", "washington", "washington dc");
        capital("Russia", "moscow");
        capital("Ukraine", "kyiv", "kiev");
        capital("France", "paris");
        capital("Germany", "berlin");
        capital("United Kingdom", "london");
        capital("China", "beijing");
        capital("Belgium", "brussels");
        capital("Italy", "rome");
        capital("Poland", "warsaw");
        capital("Japan", "tokyo");
        capital("Israel", "jerusalem");
        capital("Iran", "tehran");
        capital("Turkey", "ankara");
        capital("Canada", "ottawa");
        capital("Australia", "canberra");
        capital("India", "new delhi", "delhi");
        capital("Pakistan", "islamabad");
        capital("Spain", "madrid");
        capital("Portugal", "lisbon");
        capital("Ireland", "dublin");
        capital("Greece", "athens");
        capital("Austria", "vienna");
        capital("Sweden", "stockholm");
        capital("Norway", "oslo");
        capital("Denmark", "copenhagen");
        capital("Finland", "helsinki");
        capital("Hungary", "budapest");
        capital("Czech Republic", "prague");
        capital("Romania", "bucharest");
        capital("Belarus", "minsk");
        capital("Georgia", "tbilisi");
        capital("South Korea", "seoul");
        capital("North Korea", "pyongyang");
        capital("Taiwan", "taipei");
        capital("Saudi Arabia", "riyadh");
        capital("Qatar", "doha");
        capital("Syria", "damascus");
        capital("Lebanon", "beirut");
        capital("Iraq", "baghdad");
        capital("Afghanistan", "kabul");
        capital("Egypt", "cairo");
        capital("Kenya", "nairobi");
        capital("Nigeria", "abuja");
        capital("South Africa", "pretoria");
        capital("Brazil", "brasilia", "brasília");
        capital("Argentina", "buenos aires");
        capital("Mexico", "mexico city");
        capital("New Zealand", "wellington");
        capital("Venezuela", "caracas");
        // Every other country by its English name, as the JDK knows them; names that are more often first names
        // ("Jordan", "Chad") are left out.
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String key = name.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !COUNTRY_WORDS.containsKey(key) && !FIRST_NAME_COUNTRIES.contains(key)
                    && name.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-')) {
                COUNTRY_WORDS.put(key, name);
            }
        }
        institution("Downing Street", ActorKind.ORGANIZATION, "downing street", "number 10", "no 10", "no. 10",
                "number ten", "no10");
        institution("the Kremlin", ActorKind.ORGANIZATION, "kremlin", "the kremlin");
        institution("the White House", ActorKind.ORGANIZATION, "white house", "the white house");
        institution("the Pentagon", ActorKind.ORGANIZATION, "pentagon", "the pentagon");
        institution("the Élysée", ActorKind.ORGANIZATION, "elysee", "élysée", "the elysee", "the élysée",
                "elysee palace", "élysée palace");
        institution("Nato", ActorKind.ORGANIZATION, "nato");
        institution("European Union", ActorKind.ORGANIZATION, "eu", "european union", "the eu");
        institution("European Commission", ActorKind.ORGANIZATION, "european commission", "the commission");
        institution("United Nations", ActorKind.ORGANIZATION, "un", "united nations", "the un");
        institution("G7", ActorKind.ORGANIZATION, "g7");
        institution("G20", ActorKind.ORGANIZATION, "g20");
        institution("IMF", ActorKind.ORGANIZATION, "imf", "international monetary fund");
        institution("BBC", ActorKind.ORGANIZATION, "bbc");
        institution("Foreign Office", ActorKind.ORGANIZATION, "foreign office", "fcdo");
        institution("Home Office", ActorKind.ORGANIZATION, "home office");
        institution("Treasury", ActorKind.ORGANIZATION, "treasury", "the treasury");
        institution("Ministry of Defence", ActorKind.ORGANIZATION, "ministry of defence", "mod");
        institution("State Department", ActorKind.ORGANIZATION, "state department");
        institution("MI6", ActorKind.ORGANIZATION, "mi6");
        institution("MI5", ActorKind.ORGANIZATION, "mi5");
        institution("Hamas", ActorKind.GROUP, "hamas");
        institution("Hezbollah", ActorKind.GROUP, "hezbollah");
    }

    private static void country(String canonical, String... words) {
        for (String w : words) {
            COUNTRY_WORDS.put(w, canonical);
        }
    }

    private static void capital(String country, String... words) {
        for (String w : words) {
            CAPITALS.put(w, country);
        }
    }

    private static void institution(String canonical, ActorKind kind, String... forms) {
        for (String f : forms) {
            INSTITUTIONS.put(f, canonical);
        }
        INSTITUTIONS.put(canonical.toLowerCase(Locale.ROOT), canonical);
        INSTITUTION_KINDS.put(canonical, kind);
    }

    /** Country named by a country word or adjective ("French", "the US", "Britain"), or null. */
    static String countryOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.startsWith("the ")) {
            w = w.substring(4);
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return COUNTRY_WORDS.get(w);
    }

    /**
     * "Union Finance Ministry", "the Defence Ministry": the ministry's formal name ("Ministry of Finance"), unless a
     * country names whose ministry it is ("Russian Foreign Ministry" stays, so that two countries' stay apart).
     */
    static String organisationName(String name) {
        String[] words = name.split(" ");
        // "Solenne Energy Corp", "Chiba Power Co": the company without its legal form
        if (words.length >= 3 && LEGAL_FORMS.contains(words[words.length - 1].replace(".", ""))) {
            return String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        }
        if (words.length < 2 || !words[words.length - 1].equals("Ministry")) {
            return name;
        }
        int from = 0;
        while (from < words.length - 1 && MINISTRY_QUALIFIERS.contains(words[from])) {
            from++;
        }
        if (from == words.length - 1) {
            return name;
        }
        for (int k = from; k < words.length - 1; k++) {
            if (countryOfWord(words[k]) != null || !Character.isUpperCase(words[k].charAt(0))) {
                return name;
            }
        }
        String portfolio = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length - 1));
        return "Ministry of " + switch (portfolio) {
            case "Foreign", "Home", "External" -> portfolio + " Affairs";
            default -> portfolio;
        };
    }

    private static final Set<String> LEGAL_FORMS = Set.of("Corp", "Co", "Inc", "Ltd", "plc", "PLC", "LLC", "SA", "AG",
            "NV", "GmbH", "SpA", "AB", "ASA", "Bhd");
    private static final Set<String> MINISTRY_QUALIFIERS = Set.of("Union", "Federal", "National", "State", "Central");

    /** Country whose capital this is (Washington -> United States), or null. */
    static String countryOfCapital(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return CAPITALS.get(w);
    }

    static String institution(String surface) {
        String w = surface.toLowerCase(Locale.ROOT).replace('’', '\'');
        String hit = INSTITUTIONS.get(w);
        if (hit == null && w.startsWith("the ")) {
            hit = INSTITUTIONS.get(w.substring(4));
        }
        return hit;
    }

    static ActorKind institutionKind(String canonical) {
        return INSTITUTION_KINDS.getOrDefault(canonical, ActorKind.ORGANIZATION);
    }

    /** Head words of organisation names: "Ministry of Defence", "Scottish Labour Party", "Security Council". */
    static final Set<String> ORGANISATION_WORDS = Words.set("Ministry", "Department", "Office", "Party", "Council",
            "Commission", "Agency", "Union", "Committee", "Bank", "Police", "Army", "Navy", "Government",
            "Parliament", "Assembly", "Court", "Company", "Corporation", "Group", "Institute", "University",
            "Foundation", "Association", "Federation", "Administration", "Corp", "LLC", "GmbH", "Railroad", "Railway", "Organisation", "Organization", "Service", "Services",
            "Authority", "Board", "Trust", "Fund", "Forces", "Force", "Street", "House", "Palace", "Senate",
            "Congress", "Commons", "Cabinet", "Treasury", "Times", "News", "Post", "Guardian", "Telegraph",
            "Independent", "Mail", "Journal", "Network", "Alliance", "Coalition", "Movement", "Front", "League",
            "Conference", "Summit", "Labour", "Democrats", "Guard", "Unit", "Centre", "Center", "Club", "Ltd", "Inc",
            "plc", "Airways", "Motors", "Square", "Road", "Avenue", "Hall", "Tower", "Cathedral", "Church",
            "Programme", "Show", "Questions", "Agreement", "Treaty", "Act", "Bill", "Plan", "Review", "Day",
            "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Contact", "Security",
            "Office", "Sun", "Herald", "Mirror", "Express", "Observer", "Standard", "Economist", "Times",
            "Steel", "Energy", "Holdings", "Industries", "Airlines", "Capital", "Partners", "Technologies",
            "Pharmaceuticals", "Foods", "Systems", "Media", "Insurance", "Bancorp", "Motor", "Mining", "Oil", "Gas",
            "Telecom", "Communications", "Entertainment", "Logistics", "Railways", "Rail", "Water", "Power",
            "Electric", "Petroleum", "Resources", "Investments", "Software", "Labs", "Therapeutics", "Brewery",
            "Football", "Hospital", "Hospitals", "Institution", "College", "School", "Society", "Charity",
            "Campaign", "Watch", "International", "Unions", "Federation", "Workers", "Employees", "Teachers",
            "Nurses", "Doctors", "Farmers", "Producers", "Manufacturers", "Retailers");

    /** Generic nouns naming a body of people that speak as a group ("European allies", "critics"). */
    static final Set<String> GROUP_NOUNS = Words.set("leaders", "allies", "capitals", "officials", "diplomats",
            "critics", "campaigners", "analysts", "experts", "lawmakers", "mps", "peers", "governments", "nations",
            "countries", "members", "partners", "protesters", "residents", "economists", "unions", "activists",
            "observers", "insiders", "sources", "figures", "chiefs", "commanders", "negotiators", "investors",
            "scientists", "doctors", "teachers", "businesses", "groups", "states", "senators", "democrats",
            "republicans", "conservatives", "tories", "colleagues", "counterparts", "politicians", "representatives");
}
