package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readings that once named a wrong speaker with full confidence: each is now read rightly, or left to nobody named,
 * never given to someone else.
 */
class MisattributionTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 7, 23);

    private static Extraction extract(ActorRegistry registry, LocalDate day, String... paragraphs) {
        return new StatementExtractor().extract(ArticleText.of(List.of(paragraphs), day, null, null, null), registry);
    }

    private static KnownActor holder(String name, String office, LocalDate from) {
        return new KnownActor(name, ActorKind.PERSON, List.of(), List.of(new TitleTenure(name, office, from, null)));
    }

    @Test
    void aNameInAnOpeningClauseIsNotInAppositionToTheSubjectAfterIt() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "After meeting Keir Starmer, the president of France said Putin could not be trusted.");
        assertThat(extraction.statements()).hasSize(1).allSatisfy(s -> assertThat(s.speakerNames()).doesNotContain("Keir Starmer"));
        assertThat(extraction.actors()).filteredOn(a -> a.name().equals("Keir Starmer"))
                .allSatisfy(a -> assertThat(a.tenures()).isEmpty());
    }

    @Test
    void heAfterATitleWhoseHolderWasGuessedAsAWomanIsNotTheManNamedBefore() {
        List<ExtractedStatement> found = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "Kemi Badenoch attacked the plans at Prime Minister's Questions. Mrs Badenoch told MPs that bills had "
                        + "risen by a quarter.",
                "“The people who made the mess should pay,” Sir Ed Davey said.",
                "The prime minister replied that the government would look carefully at any proposal. “We are not going "
                        + "to fix this by sending every household another invoice,” he said.").statements();
        ExtractedStatement he = found.get(found.size() - 1);
        assertThat(he.text()).startsWith("We are not going");
        assertThat(he.speakerNames()).doesNotContain("Ed Davey", "Kemi Badenoch");
        assertThat(AttributionConfidence.of(he.speakerRule())).isLessThan(AttributionConfidence.DOUBTFUL_BELOW);
    }

    @Test
    void aWordThatOpensTheSentenceIsNoEventsName() {
        // "After meeting" is what the president did, not an event
        assertThat(extract(ActorRegistry.EMPTY, WEDNESDAY, "After meeting Keir Starmer on Tuesday, Emmanuel Macron said "
                + "Putin could not be trusted.").events()).isEmpty();
        assertThat(extract(ActorRegistry.EMPTY, WEDNESDAY, "Speaking at the Munich Security Conference, Emmanuel "
                + "Macron said Putin could not be trusted.").events()).extracting(ExtractedEvent::name)
                .containsExactly("Munich Security Conference");
    }

    @Test
    void theOfficeInTheOpeningClausesSubjectIsTheRegistersHolder() {
        Extraction extraction = extract(new InMemoryActorRegistry(List.of(holder("Emmanuel Macron",
                "President of France", LocalDate.of(2017, 5, 14)))), WEDNESDAY,
                "After meeting Keir Starmer, the president of France said Putin could not be trusted.");
        assertThat(extraction.statements()).singleElement()
                .satisfies(s -> assertThat(s.speakerNames()).containsExactly("Emmanuel Macron"));
    }

    @Test
    void aRealAppositionStillGivesTheOffice() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "Emmanuel Macron, the president of France, said Putin could not be trusted.",
                "After meeting Keir Starmer, the president of France said Europe must rearm.");
        assertThat(extraction.statements()).extracting(ExtractedStatement::speakerNames)
                .containsExactly(List.of("Emmanuel Macron"), List.of("Emmanuel Macron"));
    }

    @Test
    void anOfficeTwoKnownActorsHoldOnTheDayNamesNeither() {
        Extraction extraction = extract(new InMemoryActorRegistry(List.of(
                holder("Emmanuel Macron", "President of France", LocalDate.of(2017, 5, 14)),
                holder("Keir Starmer", "President of France", WEDNESDAY))), WEDNESDAY.plusDays(1),
                "The President of France said on Wednesday that Europe must rearm.");
        assertThat(extraction.statements()).hasSize(1).allSatisfy(s -> assertThat(s.speakerNames()).isEmpty());
    }

    @Test
    void aBareLeaderIsNoParticularOffice() {
        Extraction extraction = extract(new InMemoryActorRegistry(List.of(
                holder("Kemi Badenoch", "Leader of the Conservative Party", LocalDate.of(2024, 11, 2)))),
                LocalDate.of(2025, 8, 16),
                "Vladimir Putin met Donald Trump in Alaska on Friday. Speaking afterwards, the leader said peace was close.");
        assertThat(extraction.statements()).hasSize(1).allSatisfy(s -> assertThat(s.speakerNames()).isEmpty());
    }

    @Test
    void heAfterAnUnnamedOfficialIsThatOfficial() {
        List<ExtractedStatement> list = statements(
                "The Defence Secretary, John Healey, said Britain would send more air defence to Kyiv.",
                "“Putin is serious about peace, and we should take him at his word,” a senior official said.",
                "“He is not,” he added.");
        assertThat(list).extracting(ExtractedStatement::text).contains("He is not");
        assertThat(list.get(0).speakerNames()).containsExactly("John Healey");
        assertThat(list.get(list.size() - 1).speakerNames()).isEmpty();
    }

    @Test
    void oneDiplomatIsNobodyNamedNotTheProminentPerson() {
        List<ExtractedStatement> list = statements("Ursula von der Leyen said the fund would go ahead.",
                "“The Dutch were never going to sign a blank cheque,” one EU diplomat said.",
                "“Everybody in the room knew that,” the EU diplomat said.");
        assertThat(list).hasSize(3);
        assertThat(list.get(0).speakerNames()).containsExactly("Ursula von der Leyen");
        assertThat(list.subList(1, 3)).allSatisfy(s -> {
            assertThat(s.speakerNames()).isEmpty();
            assertThat(s.byNobodyNamed()).isTrue();
        });
    }

    @Test
    void aTitleIsNotTheOfficeALaterParagraphGivesSomeoneElse() {
        for (String later : List.of("Mr Zelensky later met Emmanuel Macron, the president of France, in Kyiv.",
                "Mr Zelensky later met Finland’s President Alexander Stubb in Kyiv.")) {
            Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                    "Volodymyr Zelensky visited troops near Kharkiv on Monday.",
                    "The president said: \"Our soldiers are holding the line.\"", later);
            // the president in view is Mr Zelensky: named so, or left doubtful, never someone named later
            assertThat(extraction.statements()).singleElement().satisfies(s -> {
                assertThat(s.speakerNames()).isSubsetOf("Volodymyr Zelensky");
                assertThat(AttributionConfidence.of(s.speakerRule())).isLessThan(0.8);
            });
        }
    }

    @Test
    void anOpeningThatNamesTheOfficeBeforeThePersonStillResolvesIt() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "The housing secretary said on Monday that the planning reforms would not be watered down.",
                "Housing Secretary Daniel Greaves told MPs the green belt would be protected.");
        assertThat(extraction.statements()).extracting(ExtractedStatement::speakerNames)
                .containsExactly(List.of("Daniel Greaves"), List.of("Daniel Greaves"));
    }

    @Test
    void aStatementByAnOfficeTwoKnownActorsHoldIsKeptWithNoSpeakerAndShownAsDoubtful() {
        Extraction extraction = extract(new InMemoryActorRegistry(List.of(
                holder("David Lammy", "Foreign Secretary", LocalDate.of(2024, 7, 5)),
                holder("Yvette Cooper", "Foreign Secretary", WEDNESDAY))), WEDNESDAY.plusDays(1),
                "The Foreign Secretary said on Wednesday that Britain would not send troops to Ukraine.",
                "He added that the talks would go on.");
        assertThat(extraction.statements()).hasSize(2).allSatisfy(s -> {
            assertThat(s.speakers()).isEmpty();
            assertThat(s.byNobodyNamed()).isTrue();
            assertThat(AttributionConfidence.of(s.speakerRule())).isLessThan(0.8);
        });
        ExtractedStatement first = extraction.statements().get(0);
        assertThat(first.text()).isEqualTo("Britain would not send troops to Ukraine");
        assertThat(first.speakerDescription()).isEqualTo("The Foreign Secretary");
        assertThat(first.saidOn().date()).isEqualTo(WEDNESDAY);
    }

    @Test
    void aQuotationFollowedByWhenItWasSaidIsTheQuotationAlone() {
        List<ExtractedStatement> list = statements("John Healey, the Defence Secretary, visited Estonia.",
                "Mr Healey said \"we are ready for anything\" on Monday.",
                "Mr Healey said \"ready\" in an interview.");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(list.get(0).text()).isEqualTo("we are ready for anything");
        assertThat(list.get(0).saidOn().date()).isEqualTo(ExtractedFrom.FRIDAY.minusDays(4));
        assertThat(list.get(1).kind()).isEqualTo(QuoteKind.PARTIAL);
        assertThat(list.get(1).text()).isEqualTo("ready");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("John Healey"));
    }
    @Test
    void aTitleNoOneCanBeNamedForKeepsItsStatementWithNoSpeakerAsDoubtful() {
        for (String sentence : List.of("The Foreign Secretary said on Monday that the embassy would reopen.",
                "After meeting the envoys, the president of France said the embassy would reopen.",
                "Speaking afterwards, the leader said the embassy would reopen.")) {
            Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY, sentence);
            assertThat(extraction.statements()).as(sentence).singleElement().satisfies(s -> {
                assertThat(s.text()).isEqualTo("the embassy would reopen");
                assertThat(s.speakerNames()).isEmpty();
                assertThat(s.byNobodyNamed()).isTrue();
                assertThat(AttributionConfidence.of(s.speakerRule())).isZero();
            });
        }
    }
    @Test
    void aTitleBeforeAColonThatNoOneIsKnownToHoldKeepsItsQuotationWithNoSpeaker() {
        for (String title : List.of("The Foreign Secretary", "The leader")) {
            Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY, "Officials gathered in London on Tuesday.",
                    title + " said: \"Britain will keep sending help to Kyiv.\"");
            assertThat(extraction.statements()).as(title).singleElement().satisfies(s -> {
                assertThat(s.speakerNames()).isEmpty();
                assertThat(s.byNobodyNamed()).isTrue();
                assertThat(AttributionConfidence.of(s.speakerRule())).isZero();
            });
        }
    }

    @Test
    void aGuessedTitleHolderIsNotGivenTheOfficeOrTheTitleAsAnAlias() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "Volodymyr Zelensky visited troops near the front on Wednesday.",
                "The French president said on Wednesday that Europe must stand with Kyiv.");
        assertThat(extraction.statements()).singleElement().satisfies(s -> {
            if (!s.speakerNames().isEmpty()) {
                assertThat(s.speakerRule()).endsWith("title:prominent-person");
                assertThat(AttributionConfidence.of(s.speakerRule())).isLessThan(0.8);
            }
        });
        assertThat(extraction.actors()).filteredOn(a -> a.name().equals("Volodymyr Zelensky")).singleElement()
                .satisfies(a -> {
                    assertThat(a.tenures()).isEmpty();
                    assertThat(a.aliases()).noneMatch(alias -> alias.toLowerCase(java.util.Locale.ROOT).contains("president"));
                });
    }

    @Test
    void whatGoesOnWithAGuessedTitleHolderIsNoSurerThanTheGuess() {
        // each way a statement goes on with the last speaker: "He added", a quotation that follows, "and added", "he said"
        List<String[]> goingOn = List.of(
                new String[] {"\"The talks are going well,\" the Foreign Secretary said. He added that a deal was close."},
                new String[] {"\"The talks are going well,\" the Foreign Secretary said. \"A deal is close.\""},
                new String[] {"The Foreign Secretary said the talks were going well and added that a deal was close."},
                new String[] {"\"The talks are going well,\" the Foreign Secretary said.", "\"A deal is close,\" he said."});
        for (String[] paragraphs : goingOn) {
            String[] article = new String[paragraphs.length + 1];
            article[0] = "Keir Starmer said on Monday that Britain would keep its support for Ukraine. Officials met in Geneva.";
            System.arraycopy(paragraphs, 0, article, 1, paragraphs.length);
            List<ExtractedStatement> afterTheFirst = extract(ActorRegistry.EMPTY, WEDNESDAY, article).statements()
                    .stream().filter(s -> s.paragraph() > 0).toList();
            assertThat(afterTheFirst).as(String.join(" / ", paragraphs)).hasSize(2).allSatisfy(s -> {
                if (s.speakerNames().contains("Keir Starmer")) {
                    assertThat(AttributionConfidence.of(s.speakerRule())).as(s.speakerRule()).isLessThan(0.8);
                }
            });
        }
    }

    @Test
    void heAfterATitleNoOneIsKnownToHoldIsThatUnknownHolder() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY, "Officials met in Geneva on Tuesday.",
                "\"We will not back down,\" the president of France said. He added that talks would go on.");
        assertThat(extraction.statements()).hasSize(2).allSatisfy(s -> {
            assertThat(s.speakerNames()).isEmpty();
            assertThat(s.byNobodyNamed()).isTrue();
            assertThat(AttributionConfidence.of(s.speakerRule())).isZero();
            // shown with the description the article gave, not as words of no one at all
            assertThat(s.speakerDescription()).isEqualTo("the president of France");
        });
    }

    @Test
    void someoneTheRegisterKnowsInAnotherOfficeIsNotGuessedToHoldTheTitle() {
        ActorRegistry registry = new InMemoryActorRegistry(List.of(holder("Volodymyr Zelensky", "President of Ukraine",
                LocalDate.of(2019, 5, 20))));
        String[] article = {"Volodymyr Zelensky visited troops near the front on Wednesday.",
                "\"Europe must stand with Kyiv,\" the Foreign Secretary said."};
        assertThat(extract(ActorRegistry.EMPTY, WEDNESDAY, article).statements()).singleElement()
                .satisfies(s -> assertThat(s.speakerNames()).containsExactly("Volodymyr Zelensky"));
        assertThat(extract(registry, WEDNESDAY, article).statements()).singleElement().satisfies(s -> {
            assertThat(s.speakerNames()).isEmpty();
            assertThat(s.byNobodyNamed()).isTrue();
        });
    }

    @Test
    void aQuotationThatGoesOnWithAnUnnamedSourceIsKeptAsThatSource() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY, "Officials met in Geneva on Tuesday.",
                "A senior official said the talks had stalled.",
                "\"We are nowhere near a deal. Nobody is moving.\"",
                "\"We will not back down,\" the president of France said.",
                "\"This is our line.\"");
        assertThat(extraction.statements()).extracting(ExtractedStatement::text).containsExactly("the talks had stalled",
                "We are nowhere near a deal. Nobody is moving.", "We will not back down", "This is our line.");
        assertThat(extraction.statements()).allSatisfy(s -> {
            assertThat(s.speakerNames()).isEmpty();
            assertThat(s.byNobodyNamed()).as(s.text()).isTrue();
        });
        assertThat(extraction.statements()).extracting(ExtractedStatement::speakerDescription).containsExactly(
                "A senior official", "A senior official", "the president of France", "the president of France");
        // a quotation that goes on with a title nobody can be named for is as doubtful as the title
        assertThat(AttributionConfidence.of(extraction.statements().get(3).speakerRule())).isZero();
    }

    @Test
    void aGuessedTitleBesideANamedSpeakerLeavesTheJointStatementAsDoubtfulAsTheGuess() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "Wes Streeting visited a hospital in Birmingham on Wednesday.",
                "The Health Secretary and Victoria Atkins both said that patients deserved better.");
        assertThat(extraction.statements()).singleElement().satisfies(s -> {
            assertThat(s.speakerNames()).contains("Victoria Atkins");
            if (s.speakerNames().contains("Wes Streeting")) {
                assertThat(AttributionConfidence.of(s.speakerRule())).as(s.speakerRule()).isLessThan(0.8);
            }
        });
    }

    @Test
    void whatGoesOnWithADoubtfulSpeakerIsNoSurerAndTheChainStaysShort() {
        // a guess among several people (never surer than HIGHEST_GUESS, whatever the confidence table says)
        List<String> paragraphs = new java.util.ArrayList<>(List.of("Dana Whitlow and Tom Baker met the rail managers.",
                "The 48-year-old said the railway would run a reduced timetable on Friday."));
        for (int i = 0; i < 30; i++) {
            paragraphs.add("\"Passengers should check before they travel, the " + (i + 1) + "th time of asking.\"");
        }
        List<ExtractedStatement> statements = extract(ActorRegistry.EMPTY, WEDNESDAY, paragraphs.toArray(String[]::new))
                .statements();
        assertThat(statements).hasSize(31);
        double first = AttributionConfidence.of(statements.get(0).speakerRule());
        assertThat(first).as(statements.get(0).speakerRule()).isLessThan(AttributionConfidence.DOUBTFUL_BELOW);
        List<String> guessed = statements.get(0).speakerNames();
        assertThat(guessed).hasSize(1);
        assertThat(statements.subList(1, 31)).allSatisfy(s -> {
            assertThat(s.speakerNames()).isEqualTo(guessed);
            assertThat(AttributionConfidence.of(s.speakerRule())).as(s.speakerRule()).isLessThanOrEqualTo(first);
            // however long the chain, a rule names its own and the weakest before it
            assertThat(s.speakerRule().split(java.util.regex.Pattern.quote(AttributionConfidence.AFTER))).hasSize(2);
        });
    }

    private static boolean doubtful(ExtractedStatement s) {
        return AttributionConfidence.of(s.speakerRule()) < AttributionConfidence.DOUBTFUL_BELOW;
    }

    @Test
    void anAgeDescriptionIsThePersonTheArticleGaveThatAge() {
        ExtractedStatement named = statements("Idris Pennock, 48, runs the shelter. Marta Colby said the cuts were cruel.",
                "The 48-year-old added that he would not give up.").get(1);
        assertThat(named.speakerNames()).containsExactly("Idris Pennock");
        assertThat(doubtful(named)).isFalse();
        // someone the article gave another age is never meant, however recently named
        ExtractedStatement other = statements("Marta Colby, 52, met Idris Pennock on Monday. Idris Pennock said nothing.",
                "The 52-year-old said that she would not give up.").get(0);
        assertThat(other.speakerNames()).containsExactly("Marta Colby");
    }

    @Test
    void anAgeDescriptionAfterSeveralPeopleIsOnlyAGuess() {
        ExtractedStatement afterTwo = last("Marta Colby met Idris Pennock on Monday.",
                "The 48-year-old said that the shelter would stay open.");
        assertThat(afterTwo.speakerRule()).endsWith("descriptor:guess");
        assertThat(doubtful(afterTwo)).isTrue();
        // the head teacher spoke last and may be the 39-year-old: the one person named is no surer
        ExtractedStatement afterATitle = last("Idris Pennock met the head teacher on Monday. The head teacher said the "
                + "school would close.", "The 39-year-old added that she was sad.");
        assertThat(doubtful(afterATitle)).isTrue();
        // with one person named just before, that person is meant
        ExtractedStatement alone = last("Marta Colby said the cuts were cruel.", "Idris Pennock has run the shelter "
                + "for a decade.", "The 48-year-old said that the shelter would stay open.");
        assertThat(alone.speakerNames()).containsExactly("Idris Pennock");
        assertThat(doubtful(alone)).isFalse();
    }

    @Test
    void aQuotationAfterAParagraphThatHandsItToSomeoneElseDoesNotSurelyGoOnWithTheLastSpeaker() {
        List<ExtractedStatement> afterColon = statements("“We will win,” said Marta Colby, the party leader.",
                "“Nothing will stop us.”", "Her opponents had a different view:", "“This plan is a disaster.”");
        assertThat(afterColon).hasSize(3);
        assertThat(doubtful(afterColon.get(1))).isFalse();
        assertThat(doubtful(afterColon.get(2))).isTrue();
        List<ExtractedStatement> afterAnotherSubject = statements("“We will win,” said Marta Colby, the party leader.",
                "Idris Pennock, the opposition spokesman, was unimpressed by the plan announced on Monday.",
                "“This plan is a disaster for everyone.”");
        assertThat(afterAnotherSubject).hasSize(2);
        assertThat(doubtful(afterAnotherSubject.get(1))).isTrue();
        // a paragraph about the same speaker hands nothing on
        List<ExtractedStatement> sameSpeaker = statements("“We will win,” said Marta Colby, the party leader.",
                "Colby was asked about the plan:", "“It is the best we have had.”");
        assertThat(sameSpeaker).hasSize(2);
        assertThat(sameSpeaker.get(1).speakerNames()).containsExactly("Marta Colby");
        assertThat(doubtful(sameSpeaker.get(1))).isFalse();
    }

    @Test
    void aPronounTheSubjectsNameCannotConfirmIsDoubtfulWhenSomeoneOfItsGenderWasNamed() {
        // "Alex" tells no gender, so "she" may be Marta Colby as well as Alex Pennock
        ExtractedStatement s = last("Marta Colby said the budget would be fair.",
                "Alex Pennock said the plan would fail. She added that taxes would rise.");
        assertThat(s.speakerNames()).containsExactly("Alex Pennock");
        assertThat(s.speakerRule()).endsWith("pronoun:subject-of-unknown-gender");
        assertThat(doubtful(s)).isTrue();
        // with nobody else of that gender, the subject is meant
        ExtractedStatement alone = last("Idris Colby said the budget would be fair.",
                "Alex Pennock said the plan would fail. She added that taxes would rise.");
        assertThat(alone.speakerNames()).containsExactly("Alex Pennock");
        assertThat(doubtful(alone)).isFalse();
    }

    @Test
    void anOfficeNamedWithItsComplementIsThatOffice() {
        ArticleText text = ArticleText.of(List.of("The Chancellor of the Exchequer told MPs that the economy was growing."),
                WEDNESDAY, null, null, null);
        ExtractedStatement registered = new StatementExtractor().extract(text, new InMemoryActorRegistry(List.of(
                holder("Rachel Reeves", "Chancellor of the Exchequer", LocalDate.of(2024, 7, 5))))).statements().get(0);
        assertThat(registered.speakerNames()).containsExactly("Rachel Reeves");
        assertThat(registered.speakerRule()).endsWith("title:registry");
        ExtractedStatement unknown = new StatementExtractor().extract(text, ActorRegistry.EMPTY).statements().get(0);
        assertThat(unknown.speakerNames()).isEmpty();
        assertThat(unknown.speakerDescription()).isEqualTo("The Chancellor of the Exchequer");
        assertThat(doubtful(unknown)).isTrue();
        ExtractedStatement portfolio = new StatementExtractor().extract(ArticleText.of(List.of("The Secretary of State "
                + "for Health and Social Care said waiting lists were falling."), WEDNESDAY, null, null, null),
                ActorRegistry.EMPTY).statements().get(0);
        assertThat(portfolio.speakerNames()).isEmpty();
        assertThat(portfolio.speakerDescription()).isEqualTo("The Secretary of State for Health and Social Care");
    }

    @Test
    void aSpokespersonForAnOfficeSpeaksForItsInstitutionNotTheHolder() {
        ActorRegistry registry = new InMemoryActorRegistry(List.of(holder("Keir Starmer", "Prime Minister",
                LocalDate.of(2024, 7, 5))));
        Extraction extraction = extract(registry, WEDNESDAY,
                "A spokesman for the Prime Minister said the plan would not change. The spokesman added that talks "
                        + "would go on.");
        assertThat(extraction.statements()).hasSize(2)
                .allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Downing Street"));
    }

    @Test
    void aQuotationAfterOneWhoseSpeakerWasNotFoundDoesNotSurelyGoOnWithTheLastSpeaker() {
        List<ExtractedStatement> list = statements("“We will act,” said Ivana Brennan.",
                "Backbenchers were cautious.",
                "“Nobody wants to be the party that blinked,” the insider said. “But nobody wants an election either.”");
        assertThat(list).filteredOn(s -> s.text().startsWith("But nobody")).singleElement()
                .satisfies(s -> assertThat(doubtful(s)).isTrue());
    }

    @Test
    void theFamilyAFriendOrAnAideOfAPersonSpeaksNotThePerson() {
        String lead = "Gemma Price, 23, died in the crash on Friday. ";
        for (String sentence : List.of("The family of Gemma Price said they were still waiting for answers.",
                "A friend of Ms Price, who asked not to be named, said she had been happy.",
                "Gemma Price's family said they were still waiting for answers.",
                "Relatives of Ms Price said they were still waiting for answers.",
                "The mother of Ms Price said they were still waiting for answers.",
                "A spokesman for the family of Gemma Price said they were still waiting for answers.",
                "Her family said they were still waiting for answers.")) {
            ExtractedStatement s = last(lead + sentence);
            assertThat(s.speakerNames()).as(sentence).isEmpty();
            assertThat(s.byNobodyNamed()).as(sentence).isTrue();
        }
        assertThat(last(lead + "A spokesman for the family of Gemma Price said they were waiting.").speakerDescription())
                .isEqualTo("A spokesman for the family of Gemma Price");
        assertThat(last("Donald Trump spoke in Ohio. An aide to Mr Trump said he was furious.").speakerNames()).isEmpty();
        assertThat(last("Rachel Reeves spoke in Leeds. A source close to Ms Reeves said she was furious.").speakerNames())
                .isEmpty();
        ExtractedStatement colon = last(lead + "In a statement, her family said: “She was the light of our lives.”");
        assertThat(colon.speakerNames()).isEmpty();
        assertThat(colon.speakerDescription()).isEqualTo("her family");
    }

    @Test
    void anAgeTheArticleGaveSomeoneUnnamedIsNotTheLastPersonNamed() {
        ExtractedStatement s = last("A 34-year-old man was jailed on Friday.",
                "Sergeant Paul Dean, who led the investigation, said the sentence was fair.",
                "Earlier, the 34-year-old told the court he was sorry.");
        assertThat(s.speakerNames()).isEmpty();
        assertThat(s.byNobodyNamed()).isTrue();
        ExtractedStatement aged = statements("Dana Whitlow, aged 48, runs the shelter. Marta Colby said the cuts were "
                + "cruel.", "The 48-year-old added that she would not give up.").get(1);
        assertThat(aged.speakerNames()).containsExactly("Dana Whitlow");
    }

    @Test
    void theNameAfterACompanysTitleIsWhoSpokeNotTheCompany() {
        ExtractedStatement s = last("Acme Stores will close 40 shops.",
                "“This is a hard day,” said Acme's chief executive, Joanna Reed.");
        assertThat(s.speakerNames()).containsExactly("Joanna Reed");
    }

    @Test
    void aTitleTheArticleGivesTwoPeopleNamesNeither() {
        ExtractedStatement s = last("President Macron hosted President Trump in Paris.",
                "The president said the talks were useful.");
        assertThat(s.speakerNames()).isEmpty();
        assertThat(doubtful(s)).isTrue();
    }

    @Test
    void anHonorificChoosesBetweenPeopleWhoShareASurname() {
        assertThat(last("John Smith and his wife Jane Smith run the farm.", "Mrs Smith said the harvest was poor.")
                .speakerNames()).containsExactly("Jane Smith");
        assertThat(last("Jane Smith and her husband John Smith run the farm.", "Mr Smith said the harvest was poor.")
                .speakerNames()).containsExactly("John Smith");
    }

    @Test
    void aPronounThatRepliesToTheLastSpeakerIsOnlyAGuess() {
        ExtractedStatement s = last("Priya Shah was challenged by Helen Carter.", "“It is a disgrace,” Ms Carter said.",
                "“We have balanced the books,” she replied.");
        assertThat(doubtful(s)).isTrue();
    }

    @Test
    void theMinisterAloneAfterTwoMinistersNamesNeither() {
        ExtractedStatement s = last("Housing minister Matthew Pennycook visited Leeds with policing minister Diana "
                + "Johnson.", "The minister said the plan would work.");
        assertThat(s.speakerNames()).isEmpty();
        assertThat(doubtful(s)).isTrue();
    }

    @Test
    void aPossessiveNameOpensAnAsideBetweenTheSpeakerAndTheCue() {
        assertThat(last("Jane Ellis died in March.", "Jim Watts, Ms Ellis's husband, said the care had been poor.")
                .speakerNames()).containsExactly("Jim Watts");
    }

    private static List<String> speakers(Extraction extraction) {
        return extraction.statements().stream().map(s -> String.join(" + ", s.speakerNames())).toList();
    }

    private static List<String> actors(Extraction extraction) {
        return extraction.actors().stream().map(a -> a.name() + "/" + a.kind()).toList();
    }

    @Test
    void initialsJoinedByFullStopsOpenTheName() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "BENGALURU: The State government defended the rise, with Transport Minister H.R. Manjunath saying it "
                        + "was “unavoidable”.",
                "Mr. Manjunath said the corporations had been running at a loss.",
                "Party State general secretary C.N. Raghavendra said the Congress had promised there would be no rise.");
        assertThat(speakers(extraction)).startsWith("H.R. Manjunath", "H.R. Manjunath").doesNotContain("H.R", "C.N");
        assertThat(actors(extraction)).contains("H.R. Manjunath/PERSON", "C.N. Raghavendra/PERSON")
                .doesNotContain("Manjunath/PERSON", "H.R/PERSON");
    }

    @Test
    void anOrganisationsNameKeepsItsListOfPortfoliosAndItsAmpersand() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "A Department for Environment, Food and Rural Affairs spokesperson said: “We remain committed to "
                        + "restoring our precious peatlands.”",
                "Together they release 23m tonnes each year, according to the UK Centre for Ecology & Hydrology.");
        assertThat(speakers(extraction)).containsExactly("Department for Environment, Food and Rural Affairs",
                "UK Centre for Ecology & Hydrology");
        assertThat(actors(extraction)).noneMatch(a -> a.startsWith("Food") || a.startsWith("Rural Affairs"));
        // two bodies named side by side stay two
        assertThat(actors(extract(ActorRegistry.EMPTY, WEDNESDAY, "The Department for Transport, Network Rail and "
                + "Transport for Wales said the line was shut."))).contains("Network Rail/ORGANIZATION",
                "Transport for Wales/ORGANIZATION");
    }

    @Test
    void aBroadcastersProgrammeIsNoOneWhomAPronounCanMean() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "Its transport spokesperson, Cllr Neil Ashdown, told BBC Radio 4’s Today programme on Thursday that "
                        + "councils were “patching and praying”.",
                "“If you gave every council its bridge money tomorrow, there still wouldn’t be enough engineers,” he said.");
        assertThat(speakers(extraction)).containsExactly("Neil Ashdown", "Neil Ashdown");
        assertThat(actors(extraction)).doesNotContain("BBC Radio/PERSON");
        // a wire service in a dateline is still no one's organisation for "the company said" to mean
        assertThat(speakers(extract(ActorRegistry.EMPTY, WEDNESDAY, "SEOUL, Nov 19 (Reuters) - Hanbit Electronics "
                + "Co. said on Thursday it would invest in a new plant.", "The plant will open in 2028, the company "
                + "said in a regulatory filing."))).doesNotContain("Reuters");
    }

    @Test
    void aHeadlineNounAloneIsNoOrganisationForTheCompanyToMean() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "16:05 GMT: Power cuts now affect 60,000 homes",
                "National Grid Electricity Distribution says about 60,000 homes in south and west Wales are now without power.",
                "\"Our engineers cannot safely climb poles in these winds,\" the company said in a post on X.",
                "Transport for Wales says all rail services will be suspended from 15:00. We've asked Network Rail "
                        + "when the line will reopen.");
        assertThat(speakers(extraction)).containsExactly("National Grid Electricity Distribution",
                "National Grid Electricity Distribution", "Transport for Wales");
        assertThat(actors(extraction)).doesNotContain("Power/ORGANIZATION", "We've/PERSON");
    }

    @Test
    void aPartysAideAndSourcesInAnOfficeAreNotMisnamedOrganisations() {
        assertThat(speakers(extract(ActorRegistry.EMPTY, WEDNESDAY, "A senior Senate Republican aide, who spoke on "
                + "the condition of anonymity, said party leaders had agreed to allow votes."))).containsExactly("");
        assertThat(speakers(extract(ActorRegistry.EMPTY, WEDNESDAY, "Sources in the Chief Minister’s Office said "
                + "there was no proposal to reconsider the decision."))).containsExactly("Chief Minister’s Office");
    }

    @Test
    void aNationalityOpeningTheSourcesDescriptionIsNotTheSource() {
        assertThat(speakers(extract(ActorRegistry.EMPTY, WEDNESDAY, "According to data from Norwegian system "
                + "operator Gassco, the outage has cut Norway's export capacity by about 38 million cubic metres a day.")))
                .containsExactly("Gassco");
    }

    @Test
    void asidesInARowAndATownsStateStayBetweenTheSpeakerAndTheCue() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "Lorraine Pettibone, a Republican, said the bill was flawed.",
                "Janet Orcutt, 64, a retired teacher in Hamilton, Mont., whose policy was canceled in March, said she "
                        + "had watched the vote on her phone.",
                "\"I'm not getting my hopes up,\" she said.");
        // the statement was lost, and "she" went on with the woman quoted before, shown as sure
        assertThat(speakers(extraction)).containsExactly("Lorraine Pettibone", "Janet Orcutt", "Janet Orcutt");
        assertThat(speakers(extract(ActorRegistry.EMPTY, WEDNESDAY, "Janet Orcutt, a retired teacher, whose policy "
                + "was canceled in March, said she had watched the vote."))).containsExactly("Janet Orcutt");
    }

    @Test
    void whoeverSawTheDocumentsIsNotTheirSource() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY, "Ministers have quietly abandoned a pledge "
                + "to restore peatland by 2030, according to internal documents seen by the Guardian.");
        assertThat(extraction.statements()).singleElement().satisfies(s -> {
            assertThat(s.speakerNames()).isEmpty();
            assertThat(s.speakerRule()).startsWith(AccordingToCue.DOCUMENT_RULE);
        });
        assertThat(speakers(extract(ActorRegistry.EMPTY, WEDNESDAY, "Ministers have abandoned the pledge, according "
                + "to documents published by the Environment Agency."))).containsExactly("Environment Agency");
    }

    @Test
    void theWhiteHouseIsNamedAsItsPeopleNameIt() {
        assertThat(speakers(extract(ActorRegistry.EMPTY, WEDNESDAY, "The White House said in a statement that it "
                + "strongly supports the bill."))).containsExactly("White House");
    }

    @Test
    void aPronounInTheOpeningQuestionIsNotTheMainClausesSubject() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "The Dutch prime minister, Pieter van Dalen, said the plan was wrong.",
                "Asked whether he was referring to the Netherlands, Mr Wrona smiled and said: “I am referring to "
                        + "everyone who is not in a hurry.”");
        assertThat(speakers(extraction)).containsExactly("Pieter van Dalen", "Wrona");
    }

    @Test
    void whatACompanyDoesMakesItsOneWordNameACompanysForTheCompanyToMean() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY, "The Federal Trade Commission sued Lumora on Tuesday.",
                "Lumora, which sells about 9 million of its Hollis speakers a year, denied wrongdoing. In a blog post on "
                        + "Tuesday, the company said it had fixed the fault.");
        assertThat(speakers(extraction)).containsExactly("Lumora");
        assertThat(actors(extraction)).contains("Lumora/ORGANIZATION");
    }

    @Test
    void thePrimeMinistersSpokespersonInLowerCaseIsDowningStreetToo() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY, "Storm Fenella hit Wales on Saturday.",
                "The prime minister's official spokesperson told reporters that the government was in constant contact "
                        + "with the Welsh government.",
                "Asked whether the army could be deployed, the spokesperson said there had been no request for help.");
        assertThat(speakers(extraction)).containsExactly("Downing Street", "Downing Street");
        // a minister's plan is nobody's statement, and nobody's name
        assertThat(extract(ActorRegistry.EMPTY, WEDNESDAY, "The president's plan was announced on Monday.").actors())
                .isEmpty();
    }

    @Test
    void aParticipleDescribingPeopleIsNoReportingCue() {
        Extraction extraction = extract(ActorRegistry.EMPTY, WEDNESDAY, "Lamont Griggs said the party had been held every June.",
                "A woman who lives across the street said she had seen two young men arguing near a food table "
                        + "minutes before the shots.");
        // "arguing near a food table" was a statement of its own, given through "she" to Lamont Griggs
        assertThat(extraction.statements()).hasSize(2);
        assertThat(extraction.statements().get(1).text()).startsWith("she had seen");
        assertThat(extraction.statements().get(1).speakerNames()).isEmpty();
        // a participle whose clause opens with a name still reports: "remarks which have included suggesting Kyiv
        // started the war"
        assertThat(extract(ActorRegistry.EMPTY, WEDNESDAY, "Leaders condemned Mr Trump’s remarks, which have included "
                + "suggesting Kyiv “started” the war.").statements()).isNotEmpty();
    }

    @Test
    void thePronounAfterAQuestionIsTheOneAskedWhenOnlyHerGenderIsKnown() {
        List<ExtractedStatement> found = extract(ActorRegistry.EMPTY, WEDNESDAY,
                "Marisol Durán presented the bill to the committee.",
                "Rep. Kyle Brandvold, a Loveland Republican, asked Durán whether the bill would override decisions made "
                        + "by school boards.",
                "\"It sets a floor, not a ceiling,\" she said.").statements();
        ExtractedStatement she = found.get(found.size() - 1);
        assertThat(she.speakerNames()).containsExactly("Marisol Durán");
        // Kyle may be either, so the answer is still a guess
        assertThat(AttributionConfidence.of(she.speakerRule())).isLessThan(AttributionConfidence.DOUBTFUL_BELOW);
    }

    @Test
    void whatAQuestionWasAboutIsNoStatement() {
        assertThat(extract(ActorRegistry.EMPTY, WEDNESDAY, "Plaid Cymru leader Dafydd Llwyd Hughes, who asked about cancer "
                + "care, said the government had missed its own cancer target.").statements())
                .extracting(ExtractedStatement::text).containsExactly("the government had missed its own cancer target");
    }
}
