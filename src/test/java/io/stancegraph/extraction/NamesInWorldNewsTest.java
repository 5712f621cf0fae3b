package io.stancegraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names as news from further countries writes them: Malaysian honorifics, a title running straight on into its
 * holder's name, where a speaker is from, honorifics with the first word of a name.
 */
class NamesInWorldNewsTest {

    @Test
    void malaysianHonorificsAreNoPartOfTheName() {
        assertThat(last("Kenari's founder, Datuk Lim Chee Wah, said he would accept the offer.").speakerNames())
                .containsExactly("Lim Chee Wah");
        assertThat(last("Trade Minister Datuk Seri Hafiz Roslan said the government had no objection.").speakerNames())
                .containsExactly("Hafiz Roslan");
        assertThat(last("Dato' Sri Anwar Kassim said the plan was sound.").speakerNames()).containsExactly("Anwar Kassim");
    }

    @Test
    void anHonorificWithTheFirstWordOfANameIsThatPerson() {
        assertThat(last("Manpower Minister Ong Mei Xian announced the levy. Dr Ong said firms had been warned.")
                .speakerNames()).containsExactly("Ong Mei Xian");
    }

    @Test
    void aTitleRunningOnIntoItsHoldersNameEndsWhereTheNameBegins() {
        assertThat(last("Minister of State for Manpower Faisal Rahmat said the ceilings would stay.").speakerNames())
                .containsExactly("Faisal Rahmat");
        assertThat(last("Federal Minister for Climate Change Nusrat Qureshi-Baloch said the floods were a grim reminder.")
                .speakerNames()).containsExactly("Nusrat Qureshi-Baloch");
        assertThat(last("Secretary of State for Health Wes Streeting said the plan would work.").speakerNames())
                .containsExactly("Wes Streeting");
        assertThat(last("Minister for Women and Equalities Anneliese Dodds said the plan would work.").speakerNames())
                .containsExactly("Anneliese Dodds");
        assertThat(last("Opposition leader in the Sindh Assembly Faisal Rehman Siddiqui said an inquiry should be held.")
                .speakerNames()).containsExactly("Faisal Rehman Siddiqui");
        assertThat(last("Secretary for Transport and Logistics Tse Wing-yan said the government was dissatisfied.")
                .speakerNames()).containsExactly("Tse Wing-yan");
        assertThat(last("Minister of Finance and National Planning Mwansa Chilufya-Banda said the deficit would fall.")
                .speakerNames()).containsExactly("Mwansa Chilufya-Banda");
        assertThat(last("Chief Financial Officer Ana Beatriz Lacerda Moura said leverage would rise.").speakerNames())
                .containsExactly("Ana Beatriz Lacerda Moura");
        assertThat(last("Labour and Employment Adviser Mahfuza Rahman said the government would not tolerate unrest.")
                .speakerNames()).containsExactly("Mahfuza Rahman");
        assertThat(last("Minister of Health Neil Young said the wards would reopen.").speakerNames())
                .containsExactly("Neil Young");
        // a portfolio of portfolio words alone is the office's, and its holder is not named
        assertThat(last("The Secretary of State for Health and Social Care said the plan would work.").speakerNames())
                .doesNotContain("Social Care", "Health and Social Care");
    }

    @Test
    void whereASpeakerIsFromIsNotTheSpeaker() {
        assertThat(last("Ahmed Khan from Karachi said the water had come at night.").speakerNames())
                .containsExactly("Ahmed Khan");
        assertThat(statements("Gwen Llewelyn, 74, from Llanelli, who has waited 26 months for a knee replacement, told "
                + "BBC Wales she had “given up asking” when her operation would be.", "“I am one of the numbers,” she said."))
                .hasSize(2).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Gwen Llewelyn"));
        assertThat(last("Tevin Greaves made 140. The 24-year-old from St Vincent said he had batted on a rough pitch.")
                .speakerNames()).doesNotContain("St Vincent");
        // people of an organisation speak for it; a word that names nobody stays doubtful
        assertThat(last("Lawyers from Amnesty International said the ruling was unjust.").speakerNames())
                .containsExactly("Amnesty International");
        ExtractedStatement lawyers = last("Lawyers from Kyiv said the ruling was unjust.");
        assertThat(AttributionConfidence.of(lawyers.speakerRule())).isLessThan(AttributionConfidence.DOUBTFUL_BELOW);
        assertThat(last("Dr Jane Hill from the University of Leeds said the finding was robust.").speakerNames())
                .containsExactly("Jane Hill");
    }

    @Test
    void whereAnOrganisationIsBasedIsNoPartOfItsName() {
        assertThat(last("The Brussels-based European Airline Operators Group said strikes caused a third of delays.")
                .speakerNames()).containsExactly("European Airline Operators Group");
    }

    @Test
    void anAcronymInBracketsGivesTheWholeNameOfAnOrganisationReadShort() {
        // "products" is in lower case, yet the acronym's letters spell the whole name
        assertThat(last("A spokesperson for the Medicines and Healthcare products Regulatory Agency (MHRA) said patients "
                + "should not stop their medication.").speakerNames())
                .containsExactly("Medicines and Healthcare products Regulatory Agency");
        // a place right after the brackets ends the name
        assertThat(last("The Royal College of Nursing (RCN) Wales said the figures were “welcome progress”.").speakerNames())
                .containsExactly("Royal College of Nursing Wales");
        // only where the brackets stand: the acronym alone, or the name without the place, may be the body at large
        assertThat(statements("The Provincial Disaster Management Authority (PDMA) Sindh said 23 people had died.",
                "In its situation report, the PDMA said 11 of the dead were children."))
                .extracting(s -> s.speakerNames()).containsExactly(List.of("Provincial Disaster Management Authority Sindh"),
                        List.of("Provincial Disaster Management Authority"));
        assertThat(statements("The Royal College of Nursing (RCN) Wales said nurses were leaving.",
                "The Royal College of Nursing said the UK-wide ballot would open in May."))
                .extracting(s -> s.speakerNames()).containsExactly(List.of("Royal College of Nursing Wales"),
                        List.of("Royal College of Nursing"));
        assertThat(last("More than 740 patients were waiting on trolleys, according to the Irish Nurses and Midwives "
                + "Organisation (INMO).").speakerNames()).containsExactly("Irish Nurses and Midwives Organisation");
        // the acronym of the name as read changes nothing
        assertThat(last("The Nigerian Foreign Exchange Market (NFEM) said the naira had firmed.").speakerNames())
                .containsExactly("Nigerian Foreign Exchange Market");
    }

    @Test
    void anotherCountrysGovernmentIsThatCountryAndADevolvedOneIsItsOwn() {
        assertThat(last("The French government said it would not yield.").speakerNames()).containsExactly("France");
        assertThat(last("A French government spokesperson said it would not yield.").speakerNames())
                .containsExactly("France");
        assertThat(last("The Welsh government said waiting times were too long.").speakerNames())
                .containsExactly("Welsh Government");
        assertThat(last("A Scottish government spokesman said waiting times were too long.").speakerNames())
                .containsExactly("Scottish Government");
        assertThat(last("A government spokesperson said waiting times were too long.").speakerNames())
                .containsExactly("UK Government");
    }

    @Test
    void anAcronymWithTheNamesAnOrganisationAndBracketsDefineOneInAnyWordOrder() {
        assertThat(last("A source at the CSCA, the largest controllers' union, told AFP it would decide next week.")
                .speakerNames()).containsExactly("CSCA");
        assertThat(statements("The Directorate General for Civil Aviation (DGAC) said it had asked airlines to cut "
                + "flights.", "The DGAC said traffic would return to normal by Saturday."))
                .hasSize(2).allSatisfy(s -> assertThat(s.speakerNames())
                        .containsExactly("Directorate General for Civil Aviation"));
        // an acronym alone at the head of a sentence may be an office
        assertThat(last("Acme Corp posted a loss. The CFO said the company would recover.").speakerNames())
                .doesNotContain("CFO");
        // after a person's name the brackets give a party, not the acronym's name
        assertThat(last("Ewan McCallum (SGP) came second.", "The SGP said the result was worse than expected.")
                .speakerNames()).containsExactly("SGP");
    }

    @Test
    void aNameGoesOnAfterASecondBridge() {
        assertThat(last("In a sentencing memorandum, the U.S. Attorney's Office for the District of New Mexico wrote that "
                + "Mr. Maestas had falsified receipts.").speakerNames())
                .containsExactly("U.S. Attorney's Office for the District of New Mexico");
    }

    @Test
    void peopleOfATradeAtTheHeadOfASentenceAreNoOrganisation() {
        assertThat(last("Unions have said the levy revenue should be ring-fenced for training local workers.")
                .speakerNames()).isEmpty();
    }

    @Test
    void sriLankaIsACountryNotAPersonWithAnHonorific() {
        assertThat(last("Sri Lanka said the pitch had been poor.").speakerNames()).containsExactly("Sri Lanka");
    }

    @Test
    void aBodyDescribedAndThenNamedInAnAsideIsThatName() {
        assertThat(last("The prime minister's office, known as Matignon, said in a statement that talks would reopen "
                + "on Monday.").speakerNames()).containsExactly("Matignon");
        // a person's nickname is no organisation
        assertThat(last("Ahmed Khan, known as Bobby, said he had withdrawn.").speakerNames()).containsExactly("Ahmed Khan");
    }

    @Test
    void readingsThatOnceMisfiredStayRight() {
        // the one after "from" wrote the letter
        assertThat(last("A letter to Rachel Reeves from Mel Stride said the figures did not add up.").speakerNames())
                .doesNotContain("Rachel Reeves");
        // a nickname given in an aside belongs to the noun it follows
        assertThat(statements("The parents of the schoolgirl, known as Child Q, said they had been ignored."))
                .noneSatisfy(s -> assertThat(s.speakerNames()).contains("Child Q"));
        // where it was said, then a clause: the clause is what was said
        assertThat(last("Tesco said in a statement it expects full-year profit to fall.").text())
                .contains("it expects full-year profit to fall");
        // in home news the country's government is the home government
        assertThat(last("The British government said it would act.").speakerNames()).containsExactly("UK Government");
        // a country named besides the dateline's leaves a ministry's owner open
        ExtractedStatement either = last("KYIV (Reuters) - Russia's Defence Ministry said its forces took two villages. "
                + "The Defence Ministry also said 40 drones were downed.");
        assertThat(either.speakerNames()).doesNotContain("Ukrainian Defence Ministry");
        // an office's acronym is no organisation
        assertThat(last("The DCI said the family had been devastated.").speakerNames()).doesNotContain("DCI");
    }

    @Test
    void aSurnameOpeningWithAParticleIsTheBearerTheHonorificAllows() {
        List<ExtractedStatement> found = statements(
                "The order will double the fleet, chief executive Adel Al Marri told The National.",
                "“We are buying for the market of five years from now,” Mr Al Marri said.",
                "The authority's director general, Mariam Al Marri, said carriers had placed orders.",
                "“Growth is not the question any more,” Ms Al Marri said.",
                "The board looks at every option, Mr Al Marri said.");
        assertThat(found).extracting(s -> s.speakerNames().get(0)).containsExactly("Adel Al Marri", "Adel Al Marri",
                "Mariam Al Marri", "Mariam Al Marri", "Adel Al Marri");
    }

    @Test
    void twoNamesSharingFirstAndLastWordsAreTwoPeopleWhenTheirMiddlesDiffer() {
        List<ExtractedStatement> found = statements(
                "The workers left the highway at noon, said Md Shahidul Islam, superintendent of the industrial police.",
                "Md Nazrul Islam, deputy inspector general of DIFE in Gazipur, said a team would visit the factory.",
                "“If the terminations are found to be anti-union, the factory will face action,” Nazrul said.");
        assertThat(found).extracting(s -> s.speakerNames().get(0)).containsExactly("Md Shahidul Islam",
                "Md Nazrul Islam", "Md Nazrul Islam");
    }

    @Test
    void aPossessiveOrganisationBeforeANameIsWhereThePersonBelongs() {
        List<ExtractedStatement> found = statements("Speaking in the Assembly on Tuesday, the finance minister, Sinn "
                + "Féin’s Clodagh Rafferty, said charges would be “the wrong decision at the worst possible time”.",
                "“Households here already pay for water,” she said.");
        assertThat(found).hasSize(2).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Clodagh Rafferty"));
        assertThat(last("The minister, Acme Holdings's Clodagh Rafferty, said charges would be wrong.").speakerNames())
                .containsExactly("Clodagh Rafferty");
    }

    @Test
    void aPartyKnownByItsLettersSpeaksThroughItsSources() {
        assertThat(last("A DUP source later told BBC News NI that the party would not support the budget.")
                .speakerNames()).containsExactly("Democratic Unionist Party");
        assertThat(last("A senior SNP source said the party would carry out a review.").speakerNames())
                .containsExactly("Scottish National Party");
    }

    @Test
    void aDocumentOfTheCompanySpeaksAsTheCompany() {
        assertThat(last("Hanbit Energy Solution said demand would recover.", "Revenue fell 22 percent, according to the "
                + "company's regulatory filing on Tuesday.").speakerNames()).containsExactly("Hanbit Energy Solution");
    }

    @Test
    void readingsOfTheNewRulesThatCouldMisfireStayRight() {
        // a parent company is not its subsidiary read short
        assertThat(last("Air China Cargo Co Ltd said freight volumes rose.", "Air China said it would add ten flights.")
                .speakerNames()).containsExactly("Air China");
        // what the reported subject refused is part of the report
        assertThat(last("Zelensky said Russia had agreed to a prisoner exchange but refused to discuss a ceasefire.")
                .text()).endsWith("but refused to discuss a ceasefire");
        assertThat(last("Police said the driver had failed to stop and refused to take a breath test.").text())
                .endsWith("refused to take a breath test");
        assertThat(last("Feld said the glasses had sold well but declined to be more specific.").text())
                .isEqualTo("the glasses had sold well");
        // another's statement inside "including ..." leaves the outer one whole
        assertThat(statements("Jane Ellis said the council had received dozens of complaints, including from Tom Baker, "
                + "who said the bins had not been collected for a month.")).extracting(s -> s.speakerNames().get(0))
                .contains("Jane Ellis");
        // a verb after an aside must follow it at once
        assertThat(statements("“We were never going to give up,” Tom Baker, the captain, smiled as coach Jane Ellis said "
                + "the side had earned their place.")).noneMatch(s -> s.kind() == QuoteKind.DIRECT
                && s.speakerNames().contains("Jane Ellis"));
        // a list is no apposition: who the chancellor is stays a guess
        assertThat(statements("The panel included the chancellor, Labour’s Anas Sarwar and the SNP’s Kate Forbes.",
                "The chancellor said afterwards that the talks had been useful.")).noneMatch(s -> s.speakerNames()
                .contains("Anas Sarwar") && AttributionConfidence.of(s.speakerRule()) >= AttributionConfidence.DOUBTFUL_BELOW);
        // "say" giving an example and "added" appointing someone report nothing
        assertThat(statements("Tariffs would hurt a small, open economy far more than a large one, say Ireland."))
                .noneMatch(s -> s.speakerNames().contains("Ireland"));
        assertThat(statements("Argent's board, which has been criticised for its lack of experience, added Jane Ellis, a "
                + "former BP executive, as a non-executive director.")).noneMatch(s -> s.speakerNames()
                .contains("Jane Ellis"));
        // a headline in title case is no label
        assertThat(statements("Open Letter To Education Secretary Bridget Phillipson: “Our schools cannot absorb more cuts.”"))
                .noneMatch(s -> s.speakerNames().contains("Bridget Phillipson"));
        assertThat(statements("Trump Hits Back At Powell: “He is a major loser.”")).allSatisfy(s -> assertThat(s
                .speakerNames()).noneMatch(name -> name.contains("Hits")));
        // a company's officer "for" the company is no remit
        assertThat(last("The chief executive for Energy Transfer said volumes had hit a record.").speakerNames())
                .containsExactly("Energy Transfer");
        // "Van" is also a Vietnamese middle name
        assertThat(last("President Vo Van Thuong arrived in Hanoi.", "Mr Thuong said the visit had been useful.")
                .speakerNames()).containsExactly("Vo Van Thuong");
    }

    @Test
    void aCantoneseOrKoreanGivenNameFollowsTheSurname() {
        List<ExtractedStatement> found = statements(
                "MTR operations director Adrian Chan Kwok-leung said a software update had caused the failure.",
                "“We got this wrong, and we own it,” Chan said.");
        assertThat(found).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Adrian Chan Kwok-leung"));
        assertThat(found.get(1).speakerRule()).endsWith("name:surname");
    }
}
