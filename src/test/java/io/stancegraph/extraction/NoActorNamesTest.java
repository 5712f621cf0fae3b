package io.stancegraph.extraction;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Words that are no speaker's name: places, an office's constituency, a country's adjective, a name used to describe
 * an unnamed source, groups described by what their members do; and names read whole rather than cut in two.
 */
class NoActorNamesTest {

    @Test
    void aPlaceAfterInIsWhereTheSourceIsNotTheSource() {
        List<ExtractedStatement> list = statements("Dr Ines Halvorsen said the clinic in Tarrow Bay would close.",
                "A porter in Kettle County, who asked not to be named, said staff learned of the plan from a leaflet.",
                "Workers in Kettle County said the night shifts had been cut.",
                "Shares in the group fell, while the index in Marlstead added 0.4 per cent.");
        assertThat(list).extracting(ExtractedStatement::text).contains(
                "staff learned of the plan from a leaflet", "the night shifts had been cut");
        assertThat(list).filteredOn(s -> !s.speakerNames().contains("Ines Halvorsen"))
                .allSatisfy(s -> assertThat(s.speakerNames()).isEmpty());
        assertThat(list).extracting(ExtractedStatement::text).doesNotContain("0.4 per cent");
    }

    @Test
    void aPlaceNamedAsSubjectElsewhereIsStillAName() {
        // "Halvorsen" is the subject of a sentence, so "in Halvorsen" does not make her a place
        ExtractedStatement s = last("Investors had faith in Ines Halvorsen.",
                "Halvorsen said the fund would reopen in March.");
        assertThat(s.speakerNames()).containsExactly("Ines Halvorsen");
    }

    @Test
    void aPersonOfAPlaceWithAnAgeIsThePerson() {
        ExtractedStatement s = last("Tobias Wrenfield, 68, of Kettlebridge said the bus had not come for a week.");
        assertThat(s.speakerNames()).containsExactly("Tobias Wrenfield");
        assertThat(s.speakerRule()).startsWith("person-of/");
    }

    @Test
    void anOfficesConstituencyIsNoPerson() {
        List<ExtractedStatement> list = statements(
                "“The vote was rushed,” said Mara Quill, the Labour MP for Fenwick South and a member of the committee.",
                "The official spokesman said the vote would stand.");
        assertThat(list).flatExtracting(ExtractedStatement::speakerNames).doesNotContain("Fenwick South");
        assertThat(list.get(0).speakerNames()).containsExactly("Mara Quill");
    }

    @Test
    void aCountrysAdjectiveIsKnownFromItsNameAndOpensATitle() {
        assertThat(Gazetteer.countryOfWord("Ugandan")).isEqualTo("Uganda");
        assertThat(Gazetteer.countryOfWord("Chilean")).isEqualTo("Chile");
        assertThat(Gazetteer.countryOfWord("Sudanese")).isEqualTo("Sudan");
        assertThat(Gazetteer.countryOfWord("Nigerian")).isEqualTo("Nigeria"); // listed, not Niger's
        ExtractedStatement s = last("The talks ended without a deal.",
                "The envoy, former Malawian trade minister Chikondi Banda, said he would call the delegations back.");
        assertThat(s.speakerNames()).containsExactly("Chikondi Banda");
    }

    @Test
    void aNameAfterAIsWhatAnUnnamedSourceIsAbout() {
        List<ExtractedStatement> list = statements("Mai Tran said the noodle shop would close in June.",
                "A Dunmore Gazette food critic once called the broth “the reason to get up early.”",
                "A Volvo driver says the barrier came down on the car.");
        assertThat(list).hasSize(3);
        assertThat(list.get(1).speakerNames()).isEmpty();
        assertThat(list.get(1).speakerRule()).endsWith(":" + BareNames.UNNAMED);
        assertThat(list.get(2).speakerNames()).isEmpty();
    }

    @Test
    void groupsDescribedByWhatTheyDoAreNobodyNamed() {
        List<ExtractedStatement> list = statements("The treaty talks ended on Friday.",
                "Some Nordic officials have privately expressed concern that the deal leaves the fisheries exposed.",
                "Soil experts say the fields will recover within a decade.",
                "Nordic capitals said the deal was premature.");
        assertThat(list).extracting(ExtractedStatement::text).contains("the deal leaves the fisheries exposed",
                "the fields will recover within a decade", "the deal was premature");
        assertThat(list.get(0).speakerNames()).isEmpty();
        assertThat(list.get(1).speakerNames()).isEmpty();
        assertThat(list.get(2).speakerNames()).containsExactly("Nordic capitals");
    }

    @Test
    void aDescribedSourceAfterTheClausesCommaIsNobodyNamed() {
        ExtractedStatement s = last("Farmers and millers ended a second day of talks in Lyle on Tuesday without agreeing"
                + " on a price, people from both sides said.");
        assertThat(s.text()).startsWith("Farmers and millers ended a second day of talks");
        assertThat(s.speakerNames()).isEmpty();
        assertThat(s.speakerRule()).endsWith(":" + BareNames.UNNAMED);
    }

    @Test
    void anOrganisationsNameWithAndIsOneName() {
        assertThat(last("The Coastal Survey and Rescue Service said on Monday it had found the boat.").speakerNames())
                .containsExactly("Coastal Survey and Rescue Service");
        assertThat(last("The Treasury and Bank of England said rates would stay where they are.").speakerNames())
                .containsExactly("Treasury", "Bank of England");
    }

    @Test
    void aHyphenatedParticleIsPartOfTheSurnameAndTransliteratedWithIt() {
        Extraction extraction = new StatementExtractor().extract(ArticleText.of(List.of(
                "Egypt's water minister, Karim el-Masry, told reporters that the talks had failed.",
                "Speaking later, Karim al-Masri said Cairo would go back to the Security Council."),
                ExtractedFrom.FRIDAY, null, null, null));
        assertThat(extraction.statements()).flatExtracting(ExtractedStatement::speakerNames)
                .containsExactly("Karim el-Masry", "Karim al-Masri");
        assertThat(ActorNameCleanup.tidy(extraction).statements()).flatExtracting(ExtractedStatement::speakerNames)
                .containsOnly("Karim el-Masry");
    }

    @Test
    void aPleaToAChargeIsNoStatement() {
        List<ExtractedStatement> list = statements(
                "Dean Halloran, 31, of Wexbury, admitted causing serious injury by careless driving.",
                "Halloran admitted he had been looking at his phone.");
        assertThat(list).extracting(ExtractedStatement::text).containsExactly("he had been looking at his phone");
    }

    @Test
    void aNameAfterAnIndefiniteArticleDescribesSomeone() {
        List<ExtractedStatement> list = statements("State Sen. Karen Oyelaran, an Olathe Republican who sponsored the "
                + "bill, said she was disappointed.", "She pointed to testimony from parents.",
                "“We had mothers sitting in that committee room,” she said.");
        assertThat(list).hasSize(2).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Karen Oyelaran"));
    }

    @Test
    void aSurnameWithAParticleAfterAnHonorificIsThePersonNamedInFull() {
        List<ExtractedStatement> list = statements("Ursula von der Leyen told reporters the rules were fair. Giorgia "
                + "Meloni said they were not.", "Ms von der Leyen was more cautious. Asked about it, she said any "
                + "agreement would have to respect the law.");
        assertThat(list).hasSize(3);
        assertThat(list.get(2).speakerNames()).containsExactly("Ursula von der Leyen");
    }

    @Test
    void aNameOpeningASentenceAfterAnIndefiniteArticleDescribesSomeone() {
        assertThat(statements("Karen Oyelaran sponsored the bill.", "An Olathe Republican said the bill was needed."))
                .flatExtracting(ExtractedStatement::speakerNames).doesNotContain("Olathe Republican");
    }

    @Test
    void aPossessiveInsideAnOrganisationsNameIsPartOfIt() {
        assertThat(last("The Prison Governors’ Association said the delays meant jails would stay full.").speakerNames())
                .containsExactly("Prison Governors’ Association");
        assertThat(last("The Irish Property Owners' Association said small landlords were leaving.").speakerNames())
                .containsExactly("Irish Property Owners' Association");
        // an office or a people owning the name: "the Kansas Attorney General's Office", "the European People's Party"
        assertThat(last("The Kansas Attorney General's Office said it would appeal.").speakerNames())
                .containsExactly("Kansas Attorney General's Office");
        assertThat(last("The European People's Party has said it will back them.").speakerNames())
                .containsExactly("European People's Party");
        // a person owning one is not part of its name
        assertThat(last("Keir Starmer's Labour Party said the talks would go on.").speakerNames())
                .containsExactly("Labour Party");
    }
}
