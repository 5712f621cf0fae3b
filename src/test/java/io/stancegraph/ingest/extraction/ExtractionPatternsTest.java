package io.stancegraph.ingest.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pattern of the contract, on sentences invented for the purpose. */
class ExtractionPatternsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);
    private final StatementExtractor extractor = new StatementExtractor();

    private Extraction run(String... paragraphs) {
        return extractor.extract(ArticleText.of(List.of(paragraphs), FRIDAY, "Test Outlet", null, null));
    }

    private List<Statement> statements(String... paragraphs) {
        Extraction e = run(paragraphs);
        for (Statement s : e.statements()) {
            ArticleText a = ArticleText.of(List.of(paragraphs), FRIDAY, null, null, null);
            assertThat(a.body().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        return e.statements();
    }

    private static Statement only(List<Statement> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    // ---------------------------------------------------------------- quotations

    @Test
    void curlyQuoteWithCueAfter() {
        Statement s = only(statements("“We will balance the books by the end of the decade,” Rachel Reeves said."));
        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo("We will balance the books by the end of the decade");
        assertThat(s.speakerNames()).containsExactly("Rachel Reeves");
        assertThat(s.cue()).isEqualTo("say");
    }

    @Test
    void invertedCueAfterQuote() {
        Statement s = only(statements("Chancellor Rachel Reeves spoke in Leeds.",
                "“There will be no return to austerity,” said Ms Reeves."));
        assertThat(s.speakerNames()).containsExactly("Rachel Reeves");
        assertThat(s.paragraph()).isEqualTo(1);
    }

    @Test
    void straightQuotesWithCueBefore() {
        Statement s = only(statements("Anthony Albanese said: \"Australia will always stand with its friends.\""));
        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo("Australia will always stand with its friends.");
        assertThat(s.speakerNames()).containsExactly("Anthony Albanese");
    }

    @Test
    void singleQuotesWithApostrophesInside() {
        Statement s = only(statements("Penny Wong said: ‘We don’t accept that the region’s future is decided elsewhere.’"));
        assertThat(s.text()).isEqualTo("We don’t accept that the region’s future is decided elsewhere.");
        assertThat(s.speakerNames()).containsExactly("Penny Wong");
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuotation() {
        Statement s = only(statements("“They told us ‘wait and see’ for a year,” Marine Tondelier said."));
        assertThat(s.text()).isEqualTo("They told us ‘wait and see’ for a year");
    }

    @Test
    void multiParagraphQuotationIsOneStatement() {
        List<Statement> list = statements("Gabriel Attal told reporters: “The reform is necessary.",
                "“It protects workers and it protects pensions.",
                "“We will not back down.”",
                "The unions disagreed.");
        Statement s = only(list);
        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).startsWith("The reform is necessary.").endsWith("We will not back down.");
        assertThat(s.speakerNames()).containsExactly("Gabriel Attal");
        assertThat(s.cue()).isEqualTo("tell");
    }

    @Test
    void floatingQuoteParagraphContinuesThePreviousSpeaker() {
        List<Statement> list = statements("“The border will stay open,” Olaf Scholz said.",
                "“Nobody should doubt our resolve.”");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).speakerNames()).containsExactly("Olaf Scholz");
        assertThat(list.get(1).kind()).isEqualTo(StatementKind.DIRECT);
    }

    @Test
    void cueWithAddresseeAndMedium() {
        Statement s = only(statements("Jean-Noël Barrot told the BBC: “France is ready to send more air defence.”"));
        assertThat(s.cue()).isEqualTo("tell");
        assertThat(s.medium()).isEqualTo("BBC");
        assertThat(s.speakerNames()).containsExactly("Jean-Noël Barrot");
    }

    @Test
    void partialQuoteInReporterSentence() {
        Statement s = only(statements("Peter Dutton called the budget a “cruel hoax” on families."));
        assertThat(s.kind()).isEqualTo(StatementKind.PARTIAL);
        assertThat(s.text()).isEqualTo("cruel hoax");
        assertThat(s.speakerNames()).containsExactly("Peter Dutton");
        assertThat(s.cue()).isEqualTo("call");
    }

    @Test
    void namesInQuotesAreNotStatements() {
        assertThat(statements("Penny Wong will meet the so-called “Squad” of Pacific ministers.")).isEmpty();
    }

    @Test
    void pronounInsideQuoteIsNotTheSpeaker() {
        List<Statement> list = statements("Rachel Reeves visited the plant.",
                "“He says the numbers add up, but they never do,” she said.");
        assertThat(only(list).speakerNames()).containsExactly("Rachel Reeves");
    }

    // ---------------------------------------------------------------- reported speech

    @Test
    void saidThat() {
        Statement s = only(statements("Anthony Albanese said on Tuesday that the deal would create jobs."));
        assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(s.text()).isEqualTo("the deal would create jobs");
        assertThat(s.saidOn()).isEqualTo(new FuzzyDate(LocalDate.of(2024, 3, 12), DatePrecision.DAY));
    }

    @Test
    void saidWithoutThat() {
        Statement s = only(statements("Marine Tondelier said the coalition had a mandate to govern."));
        assertThat(s.text()).isEqualTo("the coalition had a mandate to govern");
    }

    @Test
    void otherReportingVerbsAreLemmatised() {
        assertThat(only(statements("Olaf Scholz warned that the economy could shrink again.")).cue())
                .isEqualTo("warn");
        assertThat(only(statements("Penny Wong insisted the talks were constructive.")).cue()).isEqualTo("insist");
        assertThat(only(statements("Peter Dutton claimed that the figures were inflated.")).cue()).isEqualTo("claim");
    }

    @Test
    void mixedSentenceKeepsInnerQuoteMarks() {
        Statement s = only(statements("Gabriel Attal insisted that he could “rely” on his allies."));
        assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(s.text()).isEqualTo("he could “rely” on his allies");
    }

    @Test
    void accordingToBeforeAndAfter() {
        Statement before = only(statements("According to Penny Wong, the visit was a success."));
        assertThat(before.cue()).isEqualTo("according to");
        assertThat(before.text()).isEqualTo("the visit was a success");
        Statement after = only(statements("The visit was a success, according to Penny Wong."));
        assertThat(after.text()).isEqualTo("The visit was a success");
        assertThat(after.speakerNames()).containsExactly("Penny Wong");
    }

    @Test
    void participialCueTakesTheSubjectBefore() {
        List<Statement> list = statements(
                "Jacinda Ardern visited the flood zone, with Chris Hipkins saying the recovery would take years.");
        Statement s = only(list);
        assertThat(s.speakerNames()).containsExactly("Chris Hipkins");
        assertThat(s.text()).isEqualTo("the recovery would take years");
    }

    @Test
    void participialCueAfterCommaTakesTheMainSubject() {
        Statement s = only(statements("Olaf Scholz defended the budget, warning that cuts would hurt growth."));
        assertThat(s.speakerNames()).containsExactly("Olaf Scholz");
        assertThat(s.cue()).isEqualTo("warn");
    }

    @Test
    void cueAtTheEndOfTheSentence() {
        Statement s = only(statements("The summit will go ahead as planned, the Kremlin said."));
        assertThat(s.text()).isEqualTo("The summit will go ahead as planned");
        assertThat(s.speakers().get(0).name()).isEqualTo("the Kremlin");
    }

    @Test
    void twoClausesOfOneSpeaker() {
        List<Statement> list = statements(
                "Penny Wong said the treaty was fair and added that talks would resume in May.");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).text()).isEqualTo("the treaty was fair");
        assertThat(list.get(1).text()).isEqualTo("talks would resume in May");
        assertThat(list.get(1).speakerNames()).containsExactly("Penny Wong");
    }

    @Test
    void plansAreNotStatements() {
        assertThat(statements("Rachel Reeves is expected to announce new borrowing rules.")).isEmpty();
        assertThat(statements("Officials are said to be alarmed by the figures.")).isEmpty();
    }

    // ---------------------------------------------------------------- speakers

    @Test
    void honorificAndSurnameOnlyResolveToTheFullName() {
        List<Statement> list = statements("Sir Ed Davey spoke in Bath.",
                "Sir Ed said the plan was reckless.", "Mr Davey added that voters deserved better.");
        assertThat(list).extracting(Statement::speakerNames)
                .containsExactly(List.of("Ed Davey"), List.of("Ed Davey"));
    }

    @Test
    void titleResolvedThroughAppositionInTheArticle() {
        List<Statement> list = statements("The Home Secretary, Yvette Cooper, visited Dover.",
                "The Home Secretary said the crossings had to stop.");
        Statement s = only(list);
        assertThat(s.speakerNames()).containsExactly("Yvette Cooper");
        assertThat(s.speakers().get(0).role()).isEqualTo("Home Secretary");
    }

    @Test
    void titleResolvedThroughTheRegistry() {
        KnownActor merz = new KnownActor("Friedrich Merz", ActorKind.PERSON, List.of("Mr Merz"),
                List.of(new Tenure("Friedrich Merz", "Chancellor of Germany", LocalDate.of(2025, 5, 6), null)));
        ArticleText article = ArticleText.of(List.of("The German chancellor said Europe had to rearm."),
                LocalDate.of(2025, 6, 1), null, null, null);
        Statement s = only(extractor.extract(article, new InMemoryActorRegistry(List.of(merz))).statements());
        assertThat(s.speakerNames()).containsExactly("Friedrich Merz");
    }

    @Test
    void pronounResolvesToTheMostRecentSubject() {
        List<Statement> list = statements("Emmanuel Macron arrived in Berlin on Thursday.",
                "He said that Europe must defend itself.");
        assertThat(only(list).speakerNames()).containsExactly("Emmanuel Macron");
    }

    @Test
    void asideBetweenSpeakerAndVerb() {
        Statement s = only(statements(
                "Jean-Noël Barrot – who is leading the talks – said the ceasefire was holding."));
        assertThat(s.speakerNames()).containsExactly("Jean-Noël Barrot");
    }

    @Test
    void spokespersonSpeaksForTheOrganisation() {
        Statement s = only(statements("A Kremlin spokesman said the proposal was unacceptable."));
        assertThat(s.speakers().get(0).name()).isEqualTo("the Kremlin");
        Statement t = only(statements("A source at the Treasury said the forecast was too gloomy."));
        assertThat(t.speakers().get(0).name()).isEqualTo("Treasury");
    }

    @Test
    void severalNamedSpeakers() {
        Statement s = only(statements("Anthony Albanese and Chris Hipkins agreed that the Pacific needed more aid."));
        assertThat(s.speakerNames()).containsExactlyInAnyOrder("Anthony Albanese", "Chris Hipkins");
    }

    @Test
    void groupNarrowedToItsNamedMembers() {
        Statement s = only(statements(
                "Nordic leaders, including Swedish Prime Minister Ulf Kristersson, insisted that sanctions must stay."));
        assertThat(s.speakerNames()).containsExactly("Ulf Kristersson");
    }

    @Test
    void countryAsSpeakerAndActorKinds() {
        Statement s = only(statements("The US has suggested that tariffs could be lifted."));
        assertThat(s.speakers().get(0).name()).isEqualTo("United States");
        assertThat(s.speakers().get(0).kind()).isEqualTo(ActorKind.COUNTRY);
    }

    // ---------------------------------------------------------------- events, dates, media

    @Test
    void callBetweenNamedActorsIsAnEvent() {
        Extraction e = run("Olaf Scholz spoke to Emmanuel Macron on Monday.",
                "In a call with Mr Macron on Monday, Mr Scholz said the two countries would coordinate.");
        Statement s = only(e.statements());
        assertThat(s.event()).isEqualTo("Scholz–Macron phone call");
        assertThat(e.events()).anySatisfy(ev -> {
            assertThat(ev.kind()).isEqualTo(EventKind.CALL);
            assertThat(ev.participants()).containsExactlyInAnyOrder("Olaf Scholz", "Emmanuel Macron");
            assertThat(ev.date().date()).isEqualTo(LocalDate.of(2024, 3, 11));
        });
    }

    @Test
    void namedConferenceIsAnEvent() {
        Statement s = only(statements(
                "Speaking at the Liberal Democrat conference in Brighton on Sunday, Sir Ed Davey said: “We are back.”"));
        assertThat(s.event()).isEqualTo("Liberal Democrat conference");
        assertThat(s.saidOn().date()).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void relativeDates() {
        LocalDate friday = FRIDAY;
        assertThat(DateResolver.weekday(java.time.DayOfWeek.FRIDAY, "on", friday).date()).isEqualTo(friday);
        assertThat(DateResolver.weekday(java.time.DayOfWeek.SATURDAY, "on", friday).date())
                .isEqualTo(LocalDate.of(2024, 3, 9));
        Statement y = only(statements("Penny Wong said yesterday that the embassy would reopen."));
        assertThat(y.saidOn()).isEqualTo(new FuzzyDate(LocalDate.of(2024, 3, 14), DatePrecision.DAY));
        Statement w = only(statements("Last week, Penny Wong said the embassy would reopen."));
        assertThat(w.saidOn().precision()).isEqualTo(DatePrecision.WEEK);
        Statement d = only(statements("On February 24, Penny Wong said the embassy would reopen."));
        assertThat(d.saidOn().date()).isEqualTo(LocalDate.of(2024, 2, 24));
    }

    @Test
    void mediaNamedInTheSentence() {
        Statement s = only(statements(
                "Writing in the Sydney Morning Herald, Anthony Albanese said the reform was overdue."));
        assertThat(s.medium()).isEqualTo("The Sydney Morning Herald");
        Statement l = only(statements("In a letter to the Chancellor, Kemi Adeyemi said: “This tax will close pubs.”"));
        assertThat(l.medium()).isEqualTo("letter");
    }

    @Test
    void actorsAndTenuresAreReported() {
        Extraction e = run("Foreign Minister Penny Wong said the region was safer.");
        assertThat(e.actors()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Penny Wong");
            assertThat(a.tenures()).extracting(Tenure::title).contains("Foreign Minister");
        });
    }
}
