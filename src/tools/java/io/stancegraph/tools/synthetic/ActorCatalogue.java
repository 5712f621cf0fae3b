package io.stancegraph.tools.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.stancegraph.actor.ActorAlias;
import io.stancegraph.actor.ActorKind;
import io.stancegraph.tools.synthetic.SyntheticRows.ActorRow;
import io.stancegraph.tools.synthetic.SyntheticRows.AliasRow;
import io.stancegraph.tools.synthetic.SyntheticRows.PostRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TenureRow;
import io.stancegraph.tools.synthetic.Vocabulary.Country;
import io.stancegraph.tools.synthetic.Vocabulary.PostTemplate;

/**
 * The actors of a synthetic data set: people (most of them), organisations, governments, countries and groups,
 * with aliases, the posts of the main countries and their holders over time, how prominent each actor is and the
 * topics each one talks about.
 */
final class ActorCatalogue {

    /** Names that take "the" in running text. */
    private static final Set<String> NAMES_WITH_ARTICLE = Set.of("Netherlands", "Kremlin", "White House", "Pentagon",
            "Foreign Office", "State Department", "Elysee Palace", "G7", "OSCE", "Liberal Democrats",
            "Carnegie Endowment for International Peace");
    private static final List<String> PREFIXES_WITH_ARTICLE = List.of("United ", "European ", "UN ", "International ",
            "Institute ", "Centre ", "Royal ", "Council ", "World ", "Ministry ");
    private static final List<String> SUFFIXES_WITH_ARTICLE = List.of(" Republic", " Party", " Forum", " Institute",
            "Ministry", " Forces", " Parliament", " Bank");

    private static final Map<String, List<String>> ORGANIZATION_ALIASES = Map.of(
            "United Nations", List.of("UN"), "European Union", List.of("EU"),
            "International Atomic Energy Agency", List.of("IAEA"), "International Monetary Fund", List.of("IMF"),
            "International Criminal Court", List.of("ICC"), "Royal United Services Institute", List.of("Rusi"),
            "Ministry of Defence", List.of("MoD"), "Downing Street", List.of("Number 10", "No 10"),
            "Institute for the Study of War", List.of("ISW"), "Kremlin", List.of("Moscow"));

    /** What the generator knows of an actor beyond its row: how articles name it, its offices, its topics. */
    static final class Profile {
        final long id;
        final String canonicalName;
        final ActorKind kind;
        final Country country;
        /** On first mention in an article. */
        final String fullName;
        /** On later mentions: "Mr Walsh", "the Kremlin". */
        final String shortName;
        /** Headlines: "Walsh", "Nato". */
        final String headlineName;
        final List<String> aliases;
        final List<Office> offices = new ArrayList<>();
        int[] favouriteTopics = new int[0];

        Profile(long id, String canonicalName, ActorKind kind, Country country, String fullName, String shortName,
                String headlineName, List<String> aliases) {
            this.id = id;
            this.canonicalName = canonicalName;
            this.kind = kind;
            this.country = country;
            this.fullName = fullName;
            this.shortName = shortName;
            this.headlineName = headlineName;
            this.aliases = aliases;
        }

        /** The title an article gives the actor on that day, if it holds a post then. */
        String titleOn(LocalDate day) {
            for (Office office : offices) {
                if (!day.isBefore(office.from) && (office.to == null || !day.isAfter(office.to))) {
                    return office.title;
                }
            }
            return null;
        }
    }

    record Office(String title, LocalDate from, LocalDate to) {
    }

    private record Draft(String canonicalName, ActorKind kind, Country country, String fullName, String shortName,
            String headlineName, List<String> aliases) {
    }

    private record PostDraft(PostTemplate template, Country country, String organization) {
    }

    final List<ActorRow> actors = new ArrayList<>();
    final List<AliasRow> aliases = new ArrayList<>();
    final List<PostRow> posts = new ArrayList<>();
    final List<TenureRow> tenures = new ArrayList<>();
    /** By id - 1. */
    final List<Profile> profiles = new ArrayList<>();
    /** Actor ids, most prominent first: speakers are drawn from it with Zipf weights. */
    final long[] byProminence;

    ActorCatalogue(int count, long seed, double[] topicWeights) {
        SplittableRandom random = Draw.random(seed, Streams.ACTORS, 0);
        List<Draft> drafts = drafts(count, random);
        // Ids in order of first appearance, with kinds mixed as they come.
        Draw.shuffle(drafts, random);
        for (Draft draft : drafts) {
            Profile profile = new Profile(profiles.size() + 1, draft.canonicalName, draft.kind, draft.country,
                    draft.fullName, draft.shortName, draft.headlineName, new ArrayList<>(draft.aliases));
            profiles.add(profile);
        }
        offices(Draw.random(seed, Streams.OFFICES, 0));
        Set<String> normalizedTaken = new HashSet<>();
        for (Profile profile : profiles) {
            actors.add(new ActorRow(profile.id, profile.canonicalName, profile.kind,
                    profile.country == null ? null : profile.country.iso()));
            normalizedTaken.clear();
            normalizedTaken.add(ActorAlias.normalize(profile.canonicalName));
            for (String alias : profile.aliases) {
                String normalized = ActorAlias.normalize(alias);
                if (normalizedTaken.add(normalized)) {
                    aliases.add(new AliasRow(aliases.size() + 1, profile.id, alias, normalized));
                }
            }
        }
        byProminence = prominence(Draw.random(seed, Streams.PROMINENCE, 0));
        Draw.Weighted<Integer> topics = new Draw.Weighted<>(indices(topicWeights.length), topicWeights);
        SplittableRandom topicRandom = Draw.random(seed, Streams.FAVOURITE_TOPICS, 0);
        for (Profile profile : profiles) {
            int wanted = Math.min(topicWeights.length, 3 + topicRandom.nextInt(3));
            LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
            while (chosen.size() < wanted) {
                chosen.add(topics.pick(topicRandom));
            }
            profile.favouriteTopics = chosen.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    Profile profile(long id) {
        return profiles.get((int) (id - 1));
    }

    // ------------------------------------------------------------------------------------------------ the actors

    private static List<Draft> drafts(int count, SplittableRandom random) {
        List<Country> countries = Vocabulary.COUNTRIES;
        List<Organization> organizations = organizations();
        int organizationCount = Math.min(organizations.size(), (int) Math.round(count * 0.06));
        int governmentCount = Math.min(countries.size(), (int) Math.round(count * 0.04));
        int countryCount = Math.min(countries.size(), (int) Math.round(count * 0.03));
        int groupCount = Math.min(Vocabulary.GROUPS.size(), (int) Math.round(count * 0.02));
        int personCount = Math.max(0, count - organizationCount - governmentCount - countryCount - groupCount);

        List<Draft> drafts = new ArrayList<>(count);
        Set<String> personNames = new HashSet<>();
        Draw.Weighted<Country> personCountries = personCountries();
        for (int i = 0; i < personCount; i++) {
            drafts.add(person(random, personCountries.pick(random), personNames));
        }
        for (int i = 0; i < organizationCount; i++) {
            String name = organizations.get(i).name;
            List<String> aliases = new ArrayList<>(ORGANIZATION_ALIASES.getOrDefault(name, List.of()));
            String inText = inRunningText(name);
            if (!inText.equals(name)) {
                aliases.add(inText);
            }
            drafts.add(new Draft(name, ActorKind.ORGANIZATION, organizations.get(i).country, inText, inText, name,
                    aliases));
        }
        for (int i = 0; i < governmentCount; i++) {
            Country country = countries.get(i);
            String name = switch (country.iso()) {
                case "GB" -> "UK Government";
                case "US" -> "US Administration";
                default -> "Government of " + inRunningText(country.name());
            };
            String adjectiveForm = "the " + country.adjective() + " government";
            drafts.add(new Draft(name, ActorKind.GOVERNMENT, country, adjectiveForm, adjectiveForm, country.capital(),
                    List.of(adjectiveForm, country.capital())));
        }
        for (int i = 0; i < countryCount; i++) {
            Country country = countries.get(i);
            List<String> aliases = switch (country.iso()) {
                case "GB" -> List.of("UK", "Britain");
                case "US" -> List.of("US", "America", "the United States");
                default -> inRunningText(country.name()).equals(country.name()) ? List.of()
                        : List.of(inRunningText(country.name()));
            };
            String inText = country.iso().equals("GB") ? "Britain" : inRunningText(country.name());
            drafts.add(new Draft(country.name(), ActorKind.COUNTRY, country, inText, inText, inText, aliases));
        }
        for (int i = 0; i < groupCount; i++) {
            String name = Vocabulary.GROUPS.get(i);
            drafts.add(new Draft(name, ActorKind.GROUP, null, name, name, name, List.of()));
        }
        return drafts;
    }

    private static Draft person(SplittableRandom random, Country country, Set<String> taken) {
        boolean female = Draw.chance(random, 0.4);
        String first = Draw.one(random, female ? Vocabulary.FEMALE_NAMES : Vocabulary.MALE_NAMES);
        String surname = Draw.one(random, Vocabulary.SURNAMES);
        String name = first + " " + surname;
        for (int attempt = 0; taken.contains(name) && attempt < 10; attempt++) {
            surname = Draw.one(random, Vocabulary.SURNAMES);
            name = first + " " + surname;
        }
        for (char initial = 'A'; taken.contains(name); initial++) {
            // Two people of the same name are told apart by a middle initial, as newspapers do.
            name = first + " " + initial + ". " + surname;
        }
        taken.add(name);
        String honorific = female ? "Ms" : "Mr";
        List<String> aliases = new ArrayList<>();
        String shortName = honorific + " " + surname;
        String fullName = name;
        if (country.iso().equals("GB") && Draw.chance(random, 0.1)) {
            String knighthood = female ? "Dame" : "Sir";
            fullName = knighthood + " " + name;
            shortName = knighthood + " " + first;
            aliases.add(fullName);
            aliases.add(shortName);
        } else if (Draw.chance(random, 0.05)) {
            shortName = "Dr " + surname;
        }
        aliases.add(shortName);
        aliases.add(honorific + " " + surname);
        aliases.add(surname);
        return new Draft(name, ActorKind.PERSON, country, fullName, shortName, surname, aliases);
    }

    private static Draw.Weighted<Country> personCountries() {
        List<Country> countries = Vocabulary.COUNTRIES;
        double[] main = Vocabulary.PEOPLE_BY_COUNTRY;
        double rest = 100 - Arrays.stream(main).sum();
        double[] weights = new double[countries.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = i < main.length ? main[i] : rest / (countries.size() - main.length);
        }
        return new Draw.Weighted<>(countries, weights);
    }

    private record Organization(String name, Country country) {
    }

    /** International ones first, then each country's ministries, then think tanks. */
    private static List<Organization> organizations() {
        List<Organization> organizations = new ArrayList<>();
        Vocabulary.ORGANIZATIONS.forEach(name -> organizations.add(new Organization(name, null)));
        for (Country country : Vocabulary.COUNTRIES) {
            for (String institution : Vocabulary.NATIONAL_INSTITUTIONS) {
                organizations.add(new Organization(institution.formatted(country.adjective()), country));
            }
        }
        for (String subject : Vocabulary.THINK_TANK_SUBJECTS) {
            organizations.add(new Organization("Centre for " + subject + " Studies", null));
            organizations.add(new Organization(subject + " Research Institute", null));
            organizations.add(new Organization(subject + " Forum", null));
        }
        return organizations;
    }

    /** "the Kremlin", "the Netherlands", "the French Foreign Ministry", but "Nato", "Ukraine" and "Downing Street". */
    static String inRunningText(String name) {
        boolean takesArticle = NAMES_WITH_ARTICLE.contains(name)
                || PREFIXES_WITH_ARTICLE.stream().anyMatch(name::startsWith)
                || SUFFIXES_WITH_ARTICLE.stream().anyMatch(name::endsWith);
        return takesArticle ? "the " + name : name;
    }

    // ----------------------------------------------------------------------------------------- posts and tenures

    private void offices(SplittableRandom random) {
        List<PostDraft> drafts = new ArrayList<>();
        List<Country> countries = Vocabulary.COUNTRIES;
        Vocabulary.UK_POSTS.forEach(post -> drafts.add(new PostDraft(post, countries.get(0), "UK Government")));
        Vocabulary.US_POSTS.forEach(post -> drafts.add(new PostDraft(post, countries.get(1), "US Administration")));
        drafts.add(new PostDraft(new PostTemplate("Secretary-General of Nato", "Nato Secretary-General"), null, "Nato"));
        drafts.add(new PostDraft(new PostTemplate("President of the European Commission", "Commission President"),
                null, "European Commission"));
        drafts.add(new PostDraft(new PostTemplate("Secretary-General of the United Nations", "UN Secretary-General"),
                null, "United Nations"));
        for (Country country : countries.subList(2, 24)) {
            String government = "Government of " + inRunningText(country.name());
            for (PostTemplate post : Vocabulary.NATIONAL_POSTS) {
                drafts.add(new PostDraft(new PostTemplate(post.label().formatted(inRunningText(country.name())),
                        post.title()), country, government));
            }
        }
        List<Profile> people = profiles.stream().filter(profile -> profile.kind == ActorKind.PERSON).toList();
        int postCount = Math.min(drafts.size(), Math.max(1, people.size() / 8));
        Map<String, Long> actorIdsByName = new LinkedHashMap<>();
        profiles.forEach(profile -> actorIdsByName.put(profile.canonicalName, profile.id));
        Set<Long> holdingOffice = new HashSet<>();
        for (PostDraft draft : drafts.subList(0, postCount)) {
            long postId = posts.size() + 1;
            posts.add(new PostRow(postId, draft.template.label(), actorIdsByName.get(draft.organization)));
            int holders = random.nextDouble() < 0.55 ? 1 : random.nextDouble() < 0.78 ? 2 : 3;
            if (draft.template.title().equals("Foreign Secretary")) {
                // The product's example: a foreign secretary replaced in the middle of the period.
                holders = Math.max(holders, 2);
            }
            List<LocalDate> changes = changeDates(random, holders - 1);
            LocalDate from = SyntheticDataGenerator.FIRST_DAY.minusDays(200 + random.nextInt(2300));
            for (int h = 0; h < holders; h++) {
                Profile holder = pickHolder(random, people, draft.country, holdingOffice);
                if (holder == null) {
                    break;
                }
                LocalDate to = h < changes.size() ? changes.get(h).minusDays(1) : null;
                tenures.add(new TenureRow(tenures.size() + 1, holder.id, postId, from, to));
                holder.offices.add(new Office(draft.template.title(), from, to));
                holder.aliases.add(draft.template.title() + " " + holder.headlineName);
                if (to != null) {
                    from = to.plusDays(1);
                }
            }
        }
    }

    /** Days on which a post changes hands, inside the period and at least six weeks apart. */
    private static List<LocalDate> changeDates(SplittableRandom random, int count) {
        long days = SyntheticDataGenerator.DAYS - 120;
        List<LocalDate> dates = new ArrayList<>();
        while (dates.size() < count) {
            LocalDate candidate = SyntheticDataGenerator.FIRST_DAY.plusDays(60 + random.nextLong(days));
            boolean apart = dates.stream().allMatch(d -> Math.abs(d.toEpochDay() - candidate.toEpochDay()) >= 42);
            if (apart) {
                dates.add(candidate);
            }
        }
        dates.sort(Comparator.naturalOrder());
        return dates;
    }

    private static Profile pickHolder(SplittableRandom random, List<Profile> people, Country country,
            Set<Long> holdingOffice) {
        List<Profile> candidates = people.stream()
                .filter(p -> !holdingOffice.contains(p.id) && (country == null || p.country == country)).toList();
        if (candidates.isEmpty()) {
            candidates = people.stream().filter(p -> !holdingOffice.contains(p.id)).toList();
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Profile holder = Draw.one(random, candidates);
        holdingOffice.add(holder.id);
        return holder;
    }

    // ------------------------------------------------------------------------------------------------ prominence

    /**
     * A weighted random order (Efraimidis and Spirakis): office holders first as a rule, then institutions, then
     * everyone else, with enough chance in it that some back-bencher is among the most quoted.
     */
    private long[] prominence(SplittableRandom random) {
        int n = profiles.size();
        double[] keys = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            Profile profile = profiles.get(i);
            double weight = switch (profile.kind) {
                case PERSON -> profile.offices.isEmpty() ? 1 : 25;
                case ORGANIZATION, GOVERNMENT -> 4;
                case COUNTRY -> 1.5;
                case GROUP -> 1;
            };
            keys[i] = Math.log(1 - random.nextDouble()) / weight;
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -keys[i]).thenComparingInt(i -> i));
        return Arrays.stream(order).mapToLong(i -> profiles.get(i).id).toArray();
    }

    private static List<Integer> indices(int size) {
        List<Integer> indices = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indices.add(i);
        }
        return indices;
    }
}
