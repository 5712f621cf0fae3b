package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static org.assertj.core.api.Assertions.assertThat;

/** Every pattern of the contract, on sentences invented for the purpose. */
class ExtractionPatternsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);
    private final StatementExtractor extractor = new StatementExtractor();

    private Extraction run(String... paragraphs) {
        return extractor.extract(ArticleText.of(List.of(paragraphs), FRIDAY, "Test Outlet", null, null));
    }

    private List<ExtractedStatement> statements(String... paragraphs) {
        Extraction e = run(paragraphs);
        for (ExtractedStatement s : e.statements()) {
            ArticleText a = ArticleText.of(List.of(paragraphs), FRIDAY, null, null, null);
            assertThat(a.body().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        return e.statements();
    }

    private static ExtractedStatement only(List<ExtractedStatement> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }

    // ---------------------------------------------------------------- quotations

    @Test
    void curlyQuoteWithCueAfter() {
        ExtractedStatement s = only(statements("“We will balance the books by the end of the decade,” Rachel Reeves said."));
        assertThat(s.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(s.text()).isEqualTo("We will balance the books by the end of the decade");
        assertThat(s.speakerNames()).containsExactly("Rachel Reeves");
        assertThat(s.cue()).isEqualTo("say");
    }

    @Test
    void invertedCueAfterQuote() {
        ExtractedStatement s = only(statements("Chancellor Rachel Reeves spoke in Leeds.",
                "“There will be no return to austerity,” said Ms Reeves."));
        assertThat(s.speakerNames()).containsExactly("Rachel Reeves");
        assertThat(s.paragraph()).isEqualTo(1);
    }

    @Test
    void invertedCueClosingAReportedClause() {
        ExtractedStatement s = only(statements("Prices will rise next year, said Tom Baker, a trader at Argent Pricing."));
        assertThat(s.speakerNames()).containsExactly("Tom Baker");
        assertThat(s.text()).isEqualTo("Prices will rise next year");
        assertThat(s.kind()).isEqualTo(QuoteKind.INDIRECT);
        ExtractedStatement police = only(statements("The workers sat on the highway near the bus stand, halting traffic, "
                + "said Md Shahidul Islam, superintendent of the industrial police in Gazipur."));
        assertThat(police.speakerNames()).containsExactly("Md Shahidul Islam");
        assertThat(police.text()).startsWith("The workers sat on the highway");
    }

    @Test
    void aLongNameOrAnAsideBetweenQuotationAndVerb() {
        ExtractedStatement aside = only(statements("\"It buys time; it does not fix supply,\" Nakagawa Shun, chief "
                + "economist at Tsubasa Research Institute, said in a report Monday."));
        assertThat(aside.speakerNames()).containsExactly("Nakagawa Shun");
        assertThat(aside.kind()).isEqualTo(QuoteKind.DIRECT);
        ExtractedStatement longName = only(statements("\"Argentina gives us cattle that is certified for markets,\" "
                + "Serra Alta Chief Executive Marcos Vinicius Teixeira Prado told analysts on a conference call."));
        assertThat(longName.speakerNames()).containsExactly("Marcos Vinicius Teixeira Prado");
        assertThat(longName.kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void reactionsListedUnderTheSpeakersNames() {
        List<ExtractedStatement> found = statements("Below, stakeholders give their views on the budget.",
                "Zambia Association of Manufacturers president Chanda Mwape: \"We welcome the reduction in customs duty.\"",
                "Bankers Association of Zambia chief executive Natasha Kaluba: \"Lower borrowing will free up liquidity.\"",
                "The verdict of the markets: \"Brilliant.\"");
        assertThat(found).extracting(s -> s.speakerNames().get(0)).containsExactly("Chanda Mwape", "Natasha Kaluba");
        assertThat(found).allSatisfy(s -> assertThat(s.kind()).isEqualTo(QuoteKind.DIRECT));
    }

    @Test
    void whatASpeakerHeldBackOrListedIsReadRight() {
        assertThat(only(statements("Tse Wing-yan said she had not ruled out a fine but declined to say how large it could be."))
                .text()).isEqualTo("she had not ruled out a fine");
        assertThat(only(statements("Adel Al Marri said the airline would open 14 routes in 2026, including to Almaty and Kigali."))
                .text()).isEqualTo("the airline would open 14 routes in 2026, including to Almaty and Kigali");
    }

    @Test
    void straightQuotesWithCueBefore() {
        ExtractedStatement s = only(statements("Anthony Albanese said: \"Australia will always stand with its friends.\""));
        assertThat(s.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(s.text()).isEqualTo("Australia will always stand with its friends.");
        assertThat(s.speakerNames()).containsExactly("Anthony Albanese");
    }

    @Test
    void singleQuotesWithApostrophesInside() {
        ExtractedStatement s = only(statements("Penny Wong said: ‘We don’t accept that the region’s future is decided elsewhere.’"));
        assertThat(s.text()).isEqualTo("We don’t accept that the region’s future is decided elsewhere.");
        assertThat(s.speakerNames()).containsExactly("Penny Wong");
    }

    @Test
    void nestedQuotesStayInsideTheOuterQuotation() {
        ExtractedStatement s = only(statements("“They told us ‘wait and see’ for a year,” Marine Tondelier said."));
        assertThat(s.text()).isEqualTo("They told us ‘wait and see’ for a year");
    }

    @Test
    void multiParagraphQuotationIsOneStatement() {
        List<ExtractedStatement> list = statements("Gabriel Attal told reporters: “The reform is necessary.",
                "“It protects workers and it protects pensions.",
                "“We will not back down.”",
                "The unions disagreed.");
        ExtractedStatement s = only(list);
        assertThat(s.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(s.text()).startsWith("The reform is necessary.").endsWith("We will not back down.");
        assertThat(s.speakerNames()).containsExactly("Gabriel Attal");
        assertThat(s.cue()).isEqualTo("tell");
    }

    @Test
    void floatingQuoteParagraphContinuesThePreviousSpeaker() {
        List<ExtractedStatement> list = statements("“The border will stay open,” Olaf Scholz said.",
                "“Nobody should doubt our resolve.”");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).speakerNames()).containsExactly("Olaf Scholz");
        assertThat(list.get(1).kind()).isEqualTo(QuoteKind.DIRECT);
    }

    @Test
    void cueWithAddresseeAndMedium() {
        ExtractedStatement s = only(statements("Jean-Noël Barrot told the BBC: “France is ready to send more air defence.”"));
        assertThat(s.cue()).isEqualTo("tell");
        assertThat(s.medium()).isEqualTo("BBC");
        assertThat(s.speakerNames()).containsExactly("Jean-Noël Barrot");
    }

    @Test
    void partialQuoteInReporterSentence() {
        ExtractedStatement s = only(statements("Peter Dutton called the budget a “cruel hoax” on families."));
        assertThat(s.kind()).isEqualTo(QuoteKind.PARTIAL);
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
        List<ExtractedStatement> list = statements("Rachel Reeves visited the plant.",
                "“He says the numbers add up, but they never do,” she said.");
        assertThat(only(list).speakerNames()).containsExactly("Rachel Reeves");
    }

    // ---------------------------------------------------------------- reported speech

    @Test
    void saidThat() {
        ExtractedStatement s = only(statements("Anthony Albanese said on Tuesday that the deal would create jobs."));
        assertThat(s.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(s.text()).isEqualTo("the deal would create jobs");
        assertThat(s.saidOn()).isEqualTo(new FuzzyDate(LocalDate.of(2024, 3, 12), DatePrecision.DAY));
    }

    @Test
    void saidWithoutThat() {
        ExtractedStatement s = only(statements("Marine Tondelier said the coalition had a mandate to govern."));
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
        ExtractedStatement s = only(statements("Gabriel Attal insisted that he could “rely” on his allies."));
        assertThat(s.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(s.text()).isEqualTo("he could “rely” on his allies");
    }

    @Test
    void accordingToBeforeAndAfter() {
        ExtractedStatement before = only(statements("According to Penny Wong, the visit was a success."));
        assertThat(before.cue()).isEqualTo("according to");
        assertThat(before.text()).isEqualTo("the visit was a success");
        ExtractedStatement after = only(statements("The visit was a success, according to Penny Wong."));
        assertThat(after.text()).isEqualTo("The visit was a success");
        assertThat(after.speakerNames()).containsExactly("Penny Wong");
    }

    @Test
    void participialCueTakesTheSubjectBefore() {
        List<ExtractedStatement> list = statements(
                "Jacinda Ardern visited the flood zone, with Chris Hipkins saying the recovery would take years.");
        ExtractedStatement s = only(list);
        assertThat(s.speakerNames()).containsExactly("Chris Hipkins");
        assertThat(s.text()).isEqualTo("the recovery would take years");
    }

    @Test
    void participialCueAfterCommaTakesTheMainSubject() {
        ExtractedStatement s = only(statements("Olaf Scholz defended the budget, warning that cuts would hurt growth."));
        assertThat(s.speakerNames()).containsExactly("Olaf Scholz");
        assertThat(s.cue()).isEqualTo("warn");
    }

    @Test
    void cueAtTheEndOfTheSentence() {
        ExtractedStatement s = only(statements("The summit will go ahead as planned, the Kremlin said."));
        assertThat(s.text()).isEqualTo("The summit will go ahead as planned");
        assertThat(s.speakers().get(0).name()).isEqualTo("the Kremlin");
    }

    @Test
    void twoClausesOfOneSpeaker() {
        List<ExtractedStatement> list = statements(
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
        List<ExtractedStatement> list = statements("Sir Ed Davey spoke in Bath.",
                "Sir Ed said the plan was reckless.", "Mr Davey added that voters deserved better.");
        assertThat(list).extracting(ExtractedStatement::speakerNames)
                .containsExactly(List.of("Ed Davey"), List.of("Ed Davey"));
    }

    @Test
    void titleResolvedThroughAppositionInTheArticle() {
        List<ExtractedStatement> list = statements("The Home Secretary, Yvette Cooper, visited Dover.",
                "The Home Secretary said the crossings had to stop.");
        ExtractedStatement s = only(list);
        assertThat(s.speakerNames()).containsExactly("Yvette Cooper");
        assertThat(s.speakers().get(0).role()).isEqualTo("Home Secretary");
    }

    @Test
    void titleResolvedThroughTheRegistry() {
        KnownActor merz = new KnownActor("Friedrich Merz", ActorKind.PERSON, List.of("Mr Merz"),
                List.of(new TitleTenure("Friedrich Merz", "Chancellor of Germany", LocalDate.of(2025, 5, 6), null)));
        ArticleText article = ArticleText.of(List.of("The German chancellor said Europe had to rearm."),
                LocalDate.of(2025, 6, 1), null, null, null);
        ExtractedStatement s = only(extractor.extract(article, new InMemoryActorRegistry(List.of(merz))).statements());
        assertThat(s.speakerNames()).containsExactly("Friedrich Merz");
    }

    @Test
    void aQuotedParagraphAfterReportedSpeechGoesOnWithItsSpeakerBeforeAnyOtherQuotation() {
        List<ExtractedStatement> list = statements("Officials met in Geneva on Tuesday.",
                "Jane Smith, a negotiator, said the talks had stalled.", "\"We are nowhere near a deal.\"");
        assertThat(list).extracting(ExtractedStatement::text)
                .containsExactly("the talks had stalled", "We are nowhere near a deal.");
        assertThat(list).extracting(ExtractedStatement::speakerNames).containsOnly(List.of("Jane Smith"));
    }

    @Test
    void aTitleTheRegistryResolvesIsTheSpeakersRoleInThatStatement() {
        KnownActor cooper = new KnownActor("Yvette Cooper", ActorKind.PERSON, List.of(),
                List.of(new TitleTenure("Yvette Cooper", "Foreign Secretary", LocalDate.of(2025, 9, 5), null)));
        ArticleText article = ArticleText.of(List.of("Officials met in Geneva on Tuesday.",
                "The Foreign Secretary said the talks were going well."), LocalDate.of(2025, 10, 1), null, null, null);
        ExtractedStatement s = only(extractor.extract(article, new InMemoryActorRegistry(List.of(cooper))).statements());
        assertThat(s.speakerNames()).containsExactly("Yvette Cooper");
        assertThat(s.speakers().get(0).role()).isEqualTo("Foreign Secretary");
    }

    @Test
    void pronounResolvesToTheMostRecentSubject() {
        List<ExtractedStatement> list = statements("Emmanuel Macron arrived in Berlin on Thursday.",
                "He said that Europe must defend itself.");
        assertThat(only(list).speakerNames()).containsExactly("Emmanuel Macron");
    }

    @Test
    void asideBetweenSpeakerAndVerb() {
        ExtractedStatement s = only(statements(
                "Jean-Noël Barrot – who is leading the talks – said the ceasefire was holding."));
        assertThat(s.speakerNames()).containsExactly("Jean-Noël Barrot");
    }

    @Test
    void spokespersonSpeaksForTheOrganisation() {
        ExtractedStatement s = only(statements("A Kremlin spokesman said the proposal was unacceptable."));
        assertThat(s.speakers().get(0).name()).isEqualTo("the Kremlin");
        ExtractedStatement t = only(statements("A source at the Treasury said the forecast was too gloomy."));
        assertThat(t.speakers().get(0).name()).isEqualTo("Treasury");
    }

    @Test
    void severalNamedSpeakers() {
        ExtractedStatement s = only(statements("Anthony Albanese and Chris Hipkins agreed that the Pacific needed more aid."));
        assertThat(s.speakerNames()).containsExactlyInAnyOrder("Anthony Albanese", "Chris Hipkins");
    }

    @Test
    void groupNarrowedToItsNamedMembers() {
        ExtractedStatement s = only(statements(
                "Nordic leaders, including Swedish Prime Minister Ulf Kristersson, insisted that sanctions must stay."));
        assertThat(s.speakerNames()).containsExactly("Ulf Kristersson");
    }

    @Test
    void countryAsSpeakerAndActorKinds() {
        ExtractedStatement s = only(statements("The US has suggested that tariffs could be lifted."));
        assertThat(s.speakers().get(0).name()).isEqualTo("United States");
        assertThat(s.speakers().get(0).kind()).isEqualTo(ActorKind.COUNTRY);
    }

    // ---------------------------------------------------------------- events, dates, media

    @Test
    void callBetweenNamedActorsIsAnEvent() {
        Extraction e = run("Olaf Scholz spoke to Emmanuel Macron on Monday.",
                "In a call with Mr Macron on Monday, Mr Scholz said the two countries would coordinate.");
        ExtractedStatement s = only(e.statements());
        assertThat(s.event()).isEqualTo("Scholz–Macron phone call");
        assertThat(e.events()).anySatisfy(ev -> {
            assertThat(ev.kind()).isEqualTo(EventKind.CALL);
            assertThat(ev.participants()).containsExactlyInAnyOrder("Olaf Scholz", "Emmanuel Macron");
            assertThat(ev.date().date()).isEqualTo(LocalDate.of(2024, 3, 11));
        });
    }

    @Test
    void namedConferenceIsAnEvent() {
        ExtractedStatement s = only(statements(
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
        ExtractedStatement y = only(statements("Penny Wong said yesterday that the embassy would reopen."));
        assertThat(y.saidOn()).isEqualTo(new FuzzyDate(LocalDate.of(2024, 3, 14), DatePrecision.DAY));
        ExtractedStatement w = only(statements("Last week, Penny Wong said the embassy would reopen."));
        assertThat(w.saidOn().precision()).isEqualTo(DatePrecision.WEEK);
        ExtractedStatement d = only(statements("On February 24, Penny Wong said the embassy would reopen."));
        assertThat(d.saidOn().date()).isEqualTo(LocalDate.of(2024, 2, 24));
    }

    @Test
    void mediaNamedInTheSentence() {
        ExtractedStatement s = only(statements(
                "Writing in the Sydney Morning Herald, Anthony Albanese said the reform was overdue."));
        assertThat(s.medium()).isEqualTo("The Sydney Morning Herald");
        ExtractedStatement l = only(statements("In a letter to the Chancellor, Kemi Adeyemi said: “This tax will close pubs.”"));
        assertThat(l.medium()).isEqualTo("letter");
    }

    @Test
    void actorsAndTenuresAreReported() {
        Extraction e = run("Foreign Minister Penny Wong said the region was safer.");
        assertThat(e.actors()).anySatisfy(a -> {
            assertThat(a.name()).isEqualTo("Penny Wong");
            assertThat(a.tenures()).extracting(TitleTenure::title).contains("Foreign Minister");
        });
    }
    // ---------------------------------------------------------------- other house styles

    @Test
    void quotationOpeningASentenceInsideAParagraph() {
        List<ExtractedStatement> list = statements(
                "The talks stalled again. \"We will not move an inch,\" Ms. Rivera said in a floor speech.");
        ExtractedStatement s = only(list);
        assertThat(s.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(s.text()).isEqualTo("We will not move an inch");
        assertThat(s.speakerNames()).containsExactly("Rivera");
    }

    @Test
    void aQuotedSentenceAfterAnAttributedOneContinuesTheSpeaker() {
        List<ExtractedStatement> list = statements("Harbour workers walked out on Monday.",
                "“This is about safety,” said Joanna Pike, the dockers’ convenor. “Nobody should die at work.”");
        assertThat(list).hasSize(2);
        assertThat(list).extracting(ExtractedStatement::text)
                .containsExactly("This is about safety", "Nobody should die at work.");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Joanna Pike"));
    }

    @Test
    void aQuotedSentenceWithNoQuotedSentenceBeforeItIsNotAttributed() {
        assertThat(statements("Joanna Pike led the walkout. Nobody spoke. “Nobody should die at work.”")).isEmpty();
    }

    @Test
    void nameInAppositionAfterItsTitle() {
        ExtractedStatement s = only(statements(
                "The Transport Secretary, Omar Blake, told MPs that the rail strike would end within days."));
        assertThat(s.speakerNames()).containsExactly("Omar Blake");
        assertThat(s.text()).isEqualTo("the rail strike would end within days");
        assertThat(s.cue()).isEqualTo("tell");
    }

    @Test
    void twoNamesInAppositionBothSpeak() {
        ExtractedStatement s = only(statements("Norway’s trade minister, Ingrid Solberg, and Chile’s finance chief, "
                + "Mateo Rojas, said after a meeting in Oslo that a deal was close."));
        assertThat(s.speakerNames()).containsExactlyInAnyOrder("Ingrid Solberg", "Mateo Rojas");
        assertThat(s.text()).isEqualTo("a deal was close");
    }

    @Test
    void prepositionalAsideBetweenSpeakerAndVerb() {
        ExtractedStatement s = only(statements("Yasmin Qureshi, for her part, said she remained confident."));
        assertThat(s.speakerNames()).containsExactly("Yasmin Qureshi");
        assertThat(s.text()).isEqualTo("she remained confident");
    }

    @Test
    void aThatInsideTheReportedClauseDoesNotStartIt() {
        ExtractedStatement s = only(statements(
                "Omar Blake said the government would block any merger that raised fares."));
        assertThat(s.text()).isEqualTo("the government would block any merger that raised fares");
    }

    @Test
    void agreeingToActAfterADateIsACommitmentNotAStatement() {
        assertThat(statements("Italian and Greek ministers agreed on Monday to reopen the ferry routes.")).isEmpty();
    }

    @Test
    void theMinisterIsTheOneMinisterTheArticleNames() {
        List<ExtractedStatement> list = statements(
                "Schools Minister Hannah Doyle visited Leeds on Thursday.",
                "“Every child deserves a warm classroom,” the minister said.",
                "Dr Alan Pryce, who leads a teachers’ union, said the money was not enough.");
        assertThat(list).hasSize(2);
        assertThat(list.get(0).speakerNames()).containsExactly("Hannah Doyle");
        assertThat(list.get(1).speakerNames()).containsExactly("Alan Pryce");
    }

    @Test
    void addingThatSharesTheSubjectOfTheMainClause() {
        List<ExtractedStatement> list = statements(
                "Carmen Ortiz said the council had “lost control of its budget”, adding that residents would pay more.");
        assertThat(list).hasSize(2);
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Carmen Ortiz"));
        assertThat(list.get(1).text()).isEqualTo("residents would pay more");
        assertThat(list.get(1).cue()).isEqualTo("add");
    }

    @Test
    void anOfficialSpeaksForTheInstitutionNamedBeforeTheWord() {
        ExtractedStatement s = only(statements("A senior Nato official, who asked not to be named, said the alliance "
                + "would send more ships."));
        assertThat(s.speakerNames()).containsExactly("Nato");
    }

    @Test
    void aPlaceAfterTheNameIsNotTheSpeaker() {
        ExtractedStatement s = only(statements("Representative Dana Whitcombe of Oregon wrote on X that the bill was dead."));
        assertThat(s.speakerNames()).containsExactly("Dana Whitcombe");
        assertThat(s.medium()).isEqualTo("X");
    }

    @Test
    void theCompanyAnnouncesWhatTheSentenceSaidBefore() {
        ExtractedStatement s = only(statements(
                "Brightwell Energy will shut two gas plants next year, the company announced on Tuesday."));
        assertThat(s.speakerNames()).containsExactly("Brightwell Energy");
        assertThat(s.text()).isEqualTo("Brightwell Energy will shut two gas plants next year");
        assertThat(s.saidOn().date()).isEqualTo(LocalDate.of(2024, 3, 12));
    }

    @Test
    void anOrganisationsShortNameIsTheSameOrganisation() {
        List<ExtractedStatement> list = statements("Brightwell Energy posted a loss on Thursday.",
                "A spokeswoman for Brightwell said the company would not cut jobs.");
        assertThat(only(list).speakerNames()).containsExactly("Brightwell Energy");
    }
    @Test
    void anAgeAndARelativeClauseBetweenSpeakerAndVerb() {
        ExtractedStatement s = only(statements(
                "Ruth Ambler, 63, who has farmed the valley for forty years, said the floods were the worst she had seen."));
        assertThat(s.speakerNames()).containsExactly("Ruth Ambler");
        assertThat(s.text()).isEqualTo("the floods were the worst she had seen");
    }

    @Test
    void ranksBeforeANameAreTitlesNotPartOfTheName() {
        List<ExtractedStatement> list = statements("Detective Inspector Colin Marsh said the van had been found.",
                "Prosecutor Imogen Hale told jurors that the defendant had lied.");
        assertThat(list).extracting(st -> st.speakerNames().get(0)).containsExactly("Colin Marsh", "Imogen Hale");
    }

    @Test
    void accordingToADocumentSpeaksForItsPublisher() {
        ExtractedStatement s = only(statements(
                "Mortgage approvals fell by 6 per cent, according to figures published by the Bank of England."));
        assertThat(s.speakerNames()).containsExactly("Bank of England");
        assertThat(s.cue()).isEqualTo("according to");
        assertThat(s.text()).isEqualTo("Mortgage approvals fell by 6 per cent");
    }

    @Test
    void anOrganisationNamedForItsMembersKeepsItsPlaceName() {
        ExtractedStatement s = only(statements("The United Mine Workers of America, which represents 30,000 miners, said "
                + "it would strike."));
        assertThat(s.speakerNames()).containsExactly("United Mine Workers of America");
    }
    @Test
    void aFirstNameThatIsAlsoAStopWord() {
        ExtractedStatement s = only(statements("Mark Dunmore said the clean sheet belonged to the whole team."));
        assertThat(s.speakerNames()).containsExactly("Mark Dunmore");
        assertThat(statements("“Mark my words, we will be back,” Gemma Lord said.").get(0).speakerNames())
                .containsExactly("Gemma Lord");
    }

    @Test
    void verbsThatReportSpeechOnlyWithThat() {
        assertThat(statements("Halden Foods reported a loss of £4m on Tuesday.")).isEmpty();
        ExtractedStatement s = only(statements("Halden Foods reported that sales had fallen for a third year."));
        assertThat(s.cue()).isEqualTo("report");
        assertThat(s.text()).isEqualTo("sales had fallen for a third year");
        assertThat(only(statements("Dr Sara Quist cautioned that the sample was small.")).cue()).isEqualTo("caution");
    }

    @Test
    void aSecondCueJoinedByAndIsASecondStatement() {
        List<ExtractedStatement> list = statements(
                "Shelter Cymru said the figures were “a disgrace” and called for the government to build more homes.");
        assertThat(list).extracting(ExtractedStatement::text)
                .containsExactly("the figures were “a disgrace”", "the government to build more homes");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Shelter Cymru"));
    }

    @Test
    void aCharityWhoseNameOpensWithAPossessive() {
        ExtractedStatement s = only(statements("Parkinson’s UK said the results were encouraging."));
        assertThat(s.speakerNames()).containsExactly("Parkinson’s UK");
    }
    @Test
    void aSubjectInThePresentTenseIsNearerThanTheLastSpeaker() {
        List<ExtractedStatement> list = statements(
                "The critic Lena Voss once described his films as “beautiful and empty”.",
                "Anton Berg smiles at that. “She had a point about the beauty,” he says.");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).speakerNames()).containsExactly("Anton Berg");
    }

    @Test
    void policeSpeakForTheForceTheArticleNames() {
        List<ExtractedStatement> list = statements("Two men were arrested in Dunmore on Friday, police said.",
                "The Dunmore Police Department said both men had been released on bail.");
        assertThat(list).hasSize(2);
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Dunmore Police Department"));
        assertThat(only(statements("A van was stolen overnight, police said.")).speakerNames()).containsExactly("Police");
    }
    @Test
    void anAsideThatOpensWithATitle() {
        ExtractedStatement s = only(statements(
                "Priya Varma, chief economist at Halden Bank, said she expected two cuts this year."));
        assertThat(s.speakerNames()).containsExactly("Priya Varma");
    }

    @Test
    void aGovernmentSpokespersonSpeaksForTheGovernment() {
        ExtractedStatement s = only(statements("A government spokesperson said emergency care would be protected."));
        assertThat(s.speakerNames()).containsExactly("UK Government");
    }

    @Test
    void stackedHonorifics() {
        ExtractedStatement s = only(statements("The board’s chair, Professor Dame Helen Carr, warned that beds would be cut."));
        assertThat(s.speakerNames()).containsExactly("Helen Carr");
    }

    @Test
    void organisationNamesKeepTheirForAndAnd() {
        ExtractedStatement ons = only(statements("The Office for Rural Statistics said unemployment had fallen to 4 per cent."));
        assertThat(ons.speakerNames()).containsExactly("Office for Rural Statistics");
        ExtractedStatement department = only(statements(
                "The Department of Housing and Local Communities said the scheme would reopen in May."));
        assertThat(department.speakerNames()).containsExactly("Department of Housing and Local Communities");
        List<ExtractedStatement> two = statements("Maria Lopez and Tom Reed said the vote had been fair.");
        assertThat(only(two).speakerNames()).containsExactlyInAnyOrder("Maria Lopez", "Tom Reed");
    }

    @Test
    void denyingChargesIsAPleaNotAStatement() {
        assertThat(statements("Kevin Marsh, 44, is accused of stealing from his employer. He denies nine counts of theft."))
                .isEmpty();
        ExtractedStatement s = only(statements("Kevin Marsh denied that he had taken any money."));
        assertThat(s.text()).isEqualTo("he had taken any money");
    }

    @Test
    void aFragmentWithoutAVerbIsNotAReportedClause() {
        List<ExtractedStatement> list = statements(
                "Lena Ortiz, an analyst at Brightwater, said she expected three rate cuts, while Halden Bank predicted only one.");
        assertThat(only(list).speakerNames()).containsExactly("Lena Ortiz");
    }

    @Test
    void aParticipleInsideANounPhraseIsNoCue() {
        ExtractedStatement s = only(statements(
                "Regulators have opened an inquiry into Ferrow, a maker of AI writing tools, the European Commission said on Monday."));
        assertThat(s.speakerNames()).containsExactly("European Commission");
    }

    @Test
    void aSingleCapitalAfterOnEndsTheSentence() {
        List<ExtractedStatement> list = statements(
                "Lena Brandt replied in a post on X. “We will appeal,” she wrote. “This is not over.”");
        assertThat(list).extracting(ExtractedStatement::text).containsExactly("We will appeal", "This is not over.");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Lena Brandt"));
    }

    @Test
    void anAdverbialWithAReportingNounBeforeThat() {
        ExtractedStatement blog = only(statements("Omar Reyes wrote in a blog post that the app had been tested for years."));
        assertThat(blog.text()).isEqualTo("the app had been tested for years");
        ExtractedStatement post = only(statements("Ida Moss posted on LinkedIn that the ruling was “long overdue”."));
        assertThat(post.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(post.text()).isEqualTo("the ruling was “long overdue”");
        assertThat(statements("Ida Moss posted a photo of the harbour.")).isEmpty();
    }

    @Test
    void anOfficeOwnedByAnOrganisationInApposition() {
        List<ExtractedStatement> list = statements(
                "Anna Lindqvist, the EU’s commissioner for trade, said the tariffs were unlawful.",
                "Ferrow’s chief executive, Paolo Conti, said the company would comply.",
                "“Rules are rules,” the commissioner told reporters.");
        assertThat(list).extracting(s -> s.speakerNames().get(0))
                .containsExactly("Anna Lindqvist", "Paolo Conti", "Anna Lindqvist");
    }

    @Test
    void aRelativeClauseInsideAnAsideIsAboutTheOrganisation() {
        ExtractedStatement s = only(statements("Jonas Weber, a partner at the Munich fund Eastgate Capital, which has no stake in"
                + " the company, said the fine was excessive."));
        assertThat(s.speakerNames()).containsExactly("Jonas Weber");
    }

    @Test
    void aPlaceOrClubBeforeTheTitle() {
        assertThat(only(statements("Punjab Finance Minister Anil Mehra said the state would borrow more.")).speakerNames())
                .containsExactly("Anil Mehra");
        assertThat(only(statements("Ashford boss Carl Benning said the club would not sell.")).speakerNames())
                .containsExactly("Carl Benning");
    }

    @Test
    void initialsAndIndianHonorifics() {
        List<ExtractedStatement> list = statements("Chief Minister K. Raghavan said the funds had not arrived.",
                "Shri Raghavan added that the state would go to court.");
        assertThat(list).hasSize(2);
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("K. Raghavan"));
    }

    @Test
    void theMinisterIsTheMinisterNamedLast() {
        List<ExtractedStatement> list = statements(
                "Health Minister Ana Pires said the hospital would open in May.",
                "Education Minister Rui Costa said schools would reopen on Monday.",
                "“We are ready,” the minister said.");
        assertThat(list.get(2).speakerNames()).containsExactly("Rui Costa");
    }

    @Test
    void aMinistryByItsFormalNameAndTheMinistryAfterIt() {
        List<ExtractedStatement> list = statements(
                "Officials at the Federal Health Ministry said the vaccine stock was sufficient.",
                "In a statement issued later, the ministry said more doses would arrive next week.");
        assertThat(list).hasSize(2);
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Ministry of Health"));
    }

    @Test
    void spokespeopleOfOrganisationsNamedByOneWordOrByTheirKind() {
        assertThat(only(statements("A Ferrow spokesperson said the company had no plans to leave.")).speakerNames())
                .containsExactly("Ferrow");
        List<ExtractedStatement> list = statements("Eastleigh Borough Council has offered a grant of £5,000.",
                "A council spokeswoman says the scheme is fair.");
        assertThat(only(list).speakerNames()).containsExactly("Eastleigh Borough Council");
    }

    @Test
    void countriesBeyondTheHandListed() {
        assertThat(only(statements("Uruguay said it would recall its ambassador.")).speakerNames())
                .containsExactly("Uruguay");
    }

    @Test
    void tabloidVerbs() {
        ExtractedStatement s = only(statements("Ashford boss Carl Benning was livid. 'Nobody told me anything,' he fumed."));
        assertThat(s.speakerNames()).containsExactly("Carl Benning");
        assertThat(s.cue()).isEqualTo("fume");
    }

    @Test
    void aTitleOrAResolvedPronounTellsTheGender() {
        List<ExtractedStatement> list = statements(
                "Omar Haddad said the airline had been warned in March.",
                "Kit Moreno, the panel’s chairwoman and a former pilot, was unconvinced. “That is not good enough,” she said.");
        assertThat(list.get(1).speakerNames()).containsExactly("Kit Moreno");
        List<ExtractedStatement> later = statements(
                "Robin Ashe has farmed here for forty years. “The river takes a little more each spring,” she says.",
                "Sam Pryce left the valley in 2019. He says he does not miss the floods.");
        assertThat(later.get(1).speakerNames()).containsExactly("Sam Pryce");
    }

    @Test
    void abbreviatedHonorificsAndABracketAfterTheName() {
        List<ExtractedStatement> list = statements(
                "Sen. Alma Reyes said the agency had ignored the warnings.",
                "Rep. Tom Kiley (R-Ohio) pressed the administrator on the delays. “Who signed off on this?” he asked.");
        assertThat(list).extracting(s -> s.speakerNames().get(0)).containsExactly("Alma Reyes", "Tom Kiley");
    }

    @Test
    void anInvertedCueWithAnOwnedTitleAndAName() {
        ExtractedStatement s = only(statements("“The trend is clear,” says the study’s lead author, Dr Ines Varga."));
        assertThat(s.speakerNames()).containsExactly("Ines Varga");
    }

    @Test
    void anAgeDescriptorStandsForThePersonNamedLast() {
        List<ExtractedStatement> list = statements("Kofi Mensah, who scored twice on Saturday, has a year left on his contract.",
                "Speaking on Monday, the 22-year-old said he was happy at the club.");
        assertThat(only(list).speakerNames()).containsExactly("Kofi Mensah");
    }

    @Test
    void aReportingVerbInsideAReportedClauseIsNoCueOfItsOwn() {
        ExtractedStatement s = only(statements("Dean Hollis confirmed the board had agreed a fee with Carlton Town for the striker."));
        assertThat(s.cue()).isEqualTo("confirm");
        assertThat(s.text()).isEqualTo("the board had agreed a fee with Carlton Town for the striker");
    }

    @Test
    void theNarrativeResumesAfterAQuotedFragment() {
        assertThat(only(statements("Nina Ford admitted her team were ‘in trouble’ after a fourth straight defeat.")).text())
                .isEqualTo("her team were ‘in trouble’");
        assertThat(only(statements("Paul Greer said the firm had “let people down” and apologised to the families.")).text())
                .isEqualTo("the firm had “let people down”");
    }

    @Test
    void askedBySomeoneWhether() {
        List<ExtractedStatement> list = statements("Asked by Sen. Alma Reyes whether the company had cut staff to save money,"
                + " Greta Lund replied that the change had been “operational”.");
        assertThat(list).extracting(ExtractedStatement::cue).containsExactly("ask", "reply");
        assertThat(list.get(0).speakerNames()).containsExactly("Alma Reyes");
        assertThat(list.get(0).text()).isEqualTo("the company had cut staff to save money");
    }

    @Test
    void accordingToAReportPublishedOnADateByAnOrganisationInApposition() {
        ExtractedStatement s = only(statements("According to a report published in May by the Tidewater Institute, a research"
                + " charity, the dunes are shrinking by a metre a year."));
        assertThat(s.speakerNames()).containsExactly("Tidewater Institute");
        assertThat(s.text()).isEqualTo("the dunes are shrinking by a metre a year");
    }

    @Test
    void asSomeonePutsIt() {
        ExtractedStatement s = only(statements(
                "As one farmer, the third-generation grower Ellen Baird, puts it: “We are the last ones left.”"));
        assertThat(s.speakerNames()).containsExactly("Ellen Baird");
        assertThat(s.cue()).isEqualTo("put");
    }

    @Test
    void companiesWithoutTheirLegalForm() {
        assertThat(only(statements("Marrow Shipping Corp said on Monday it would cut 200 jobs.")).speakerNames())
                .containsExactly("Marrow Shipping");
    }

    @Test
    void participlesAndRequestsThatAreNotSpeech() {
        assertThat(statements("The delay sent its shares lower, adding to concerns about supply next winter.")).isEmpty();
        assertThat(statements("Nora Blake orders tea, then changes her mind and asks for a flat white.")).isEmpty();
        assertThat(statements("Senator Ruth Orme will move a motion next week calling for the licence to be suspended."))
                .isEmpty();
    }

    @Test
    void asidesOpeningWithOneOrOf() {
        assertThat(only(statements("Orvik Power Co, one of the project’s largest customers, said it had been informed"
                + " of the delay.")).speakerNames()).containsExactly("Orvik Power");
        assertThat(only(statements("Speaking after the case, Det Insp Moira Dunn, of Tayside Police, said: “This was a"
                + " cowardly attack.”")).speakerNames()).containsExactly("Moira Dunn");
    }

    @Test
    void accordingToADescribedOrganisation() {
        ExtractedStatement s = only(statements("Spot prices rose 3.2% on Wednesday, according to price reporting agency Argent Pricing."));
        assertThat(s.speakerNames()).containsExactly("Argent Pricing");
        assertThat(s.text()).isEqualTo("Spot prices rose 3.2% on Wednesday");
    }

    @Test
    void aParticipleOpeningTheSentenceIsNoName() {
        ExtractedStatement s = only(statements("Jailing him on Friday, Sheriff Ewan Mair told the accused: “You showed no remorse.”"));
        assertThat(s.speakerNames()).containsExactly("Ewan Mair");
    }

    @Test
    void whatIsSaidInARelativeClauseEndsWithIt() {
        ExtractedStatement s = only(statements("Dale Hume, who told officers that he had “never been there”, showed no emotion in the dock."));
        assertThat(s.speakerNames()).containsExactly("Dale Hume");
        assertThat(s.text()).isEqualTo("he had “never been there”");
    }

    @Test
    void aQuotationSplitByItsAttribution() {
        List<ExtractedStatement> list = statements("Mia Kerr orders tea.", "“When you are young you think you will play forever,”"
                + " she says, “and then one day your knee decides otherwise.”");
        assertThat(list).extracting(ExtractedStatement::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.DIRECT);
        assertThat(list.get(1).text()).isEqualTo("and then one day your knee decides otherwise.");
    }

    @Test
    void laughterAndNationalityBeforeAName() {
        ExtractedStatement s = only(statements("Her coach, the Dutchman Pieter Smit, remembers it differently. “She asked for a"
                + " training plan from her hospital bed,” he laughs."));
        assertThat(s.speakerNames()).containsExactly("Pieter Smit");
        assertThat(s.cue()).isEqualTo("laugh");
    }

    @Test
    void aRelativeClauseAboutAPlaceInsideAnAside() {
        ExtractedStatement s = only(statements("Dr Femi Ade, a nephrologist at a hospital in Leeds, who was not involved in the"
                + " study, said: “The numbers are striking.”"));
        assertThat(s.speakerNames()).containsExactly("Femi Ade");
    }

    @Test
    void writingALetterIsNotWhatWasWritten() {
        ExtractedStatement s = only(statements("Defence counsel Ian Kerr said Dale Hume had written a letter of apology to the family."));
        assertThat(s.speakerNames()).containsExactly("Ian Kerr");
        assertThat(s.text()).isEqualTo("Dale Hume had written a letter of apology to the family");
    }

    @Test
    void aLongerAdverbialBetweenTheAddresseeAndThat() {
        ExtractedStatement s = only(statements("Dale Hume told officers at the time of his arrest that he had never been there."));
        assertThat(s.text()).isEqualTo("he had never been there");
    }

    @Test
    void aQuestionLeftUnansweredIsNotAStatement() {
        ExtractedStatement s = only(statements("Police Chief Dana Ortiz said the station would reopen in June. "
                + "She did not say how many officers would return. The chief declined to say whether the inquiry had ended."));
        assertThat(s.text()).isEqualTo("the station would reopen in June");
    }

    @Test
    void aRefusalToAnswerAndTheTimeOfAConcessionAreNotStatements() {
        ExtractedStatement s = only(statements("Shane Pickles ran the firm. Mr Pickles declined to answer questions "
                + "about the company's insurance on the advice of his solicitor.",
                "Ewan McCallum, who conceded before the result was formally declared, said the party needed to listen."));
        assertThat(statements("Ewan McCallum conceded before the result was formally declared.")).isEmpty();
        assertThat(s.text()).isEqualTo("the party needed to listen");
    }

    @Test
    void acceptingThatIsSayingButAcceptingAnOfferIsNot() {
        ExtractedStatement s = only(statements("Shane Pickles ran the firm. Questioned by the coroner, he accepted that "
                + "Callum had never been on a working-at-height course. The company accepted the offer on Monday."));
        assertThat(s.text()).isEqualTo("Callum had never been on a working-at-height course");
        assertThat(s.speakerNames()).containsExactly("Shane Pickles");
    }

    @Test
    void theFederationIsTheFederationNamedBefore() {
        ExtractedStatement s = only(statements("The United Mineworkers’ Federation rejected the offer.",
                "The federation said it would apply to the Commission for Conciliation, Mediation and Arbitration this "
                        + "week for a certificate of non-resolution."));
        assertThat(s.speakerNames()).containsExactly("United Mineworkers’ Federation");
    }

    @Test
    void aOneWordQuotationWithItsOwnCommaIsSaid() {
        List<ExtractedStatement> list = statements("Rachel Reeves was asked about the leaked memo on Monday.",
                "“Nonsense,” she said.",
                "Critics called the plan a “fudge” and the so-called “Quint” met again.");
        assertThat(list).filteredOn(s -> s.kind() == QuoteKind.DIRECT).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Nonsense");
            assertThat(s.speakerNames()).containsExactly("Rachel Reeves");
        });
        assertThat(list).extracting(ExtractedStatement::text).doesNotContain("Quint");
    }

    @Test
    void aCueInARelativeClauseReportsThatClauseOnly() {
        // standing alone, the relative clause is what was said, up to its closing comma
        ExtractedStatement who = ExtractedFrom.last("Donald Trump met Vladimir Putin in Alaska on Friday.",
                "Putin, who he said was serious about peace, flew home on Saturday.");
        assertThat(who.text()).isEqualTo("was serious about peace");
        assertThat(who.speakerNames()).containsExactly("Donald Trump");
        ExtractedStatement which = ExtractedFrom.last("Donald Trump met Vladimir Putin in Alaska on Friday.",
                "Trump praised a deal which he said was “serious about peace”, before flying home.");
        assertThat(which.text()).isEqualTo("was “serious about peace”");
        // inside the same speaker's reported clause, it is part of that statement
        List<ExtractedStatement> nested = statements("Donald Trump met Vladimir Putin in Alaska on Friday.",
                "Trump said the deal, which he said was “serious about peace”, would hold through the winter.");
        assertThat(nested).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("the deal, which he said was “serious about peace”, would hold through the winter");
            assertThat(s.speakerNames()).containsExactly("Donald Trump");
        });
    }

    @Test
    void saidNothingIsNoStatementAndAnAdjunctAfterAnEndCueLeavesTheContentBeforeIt() {
        assertThat(statements("The 16-year-old said nothing when he appeared in court.")).isEmpty();
        ExtractedStatement before = last("An air traffic controller cleared a jet for takeoff while a plane was on the "
                + "runway, Maria Lopez said Thursday, in the latest close call.");
        assertThat(before.text()).isEqualTo("An air traffic controller cleared a jet for takeoff while a plane was on "
                + "the runway");
        assertThat(before.speakerNames()).containsExactly("Maria Lopez");
    }
}
