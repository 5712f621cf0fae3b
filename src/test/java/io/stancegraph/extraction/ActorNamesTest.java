package io.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which names are one actor for sure, which probably, and which are two. */
class ActorNamesTest {

    private static ActorNames.Verdict verdict(String a, ActorKind kindA, String b, ActorKind kindB) {
        return ActorNames.compare(a, kindA, b, kindB).map(ActorNames.Likeness::verdict).orElse(null);
    }

    private static ActorNames.Verdict people(String a, String b) {
        return verdict(a, ActorKind.PERSON, b, ActorKind.PERSON);
    }

    @Test
    void transliterationsOfOneSurnameWithACompatibleGivenNameAreOnePerson() {
        assertThat(people("Volodymyr Zelensky", "Volodymyr Zelenskyy")).isEqualTo(ActorNames.Verdict.SAME);
        assertThat(people("Volodymyr Zelenskiy", "Volodymyr Zelensky")).isEqualTo(ActorNames.Verdict.SAME);
        assertThat(people("Vladimir Zelensky", "Volodymyr Zelenskiy")).isEqualTo(ActorNames.Verdict.SAME);
        assertThat(people("Anita Deschênes", "Anita Deschenes")).isEqualTo(ActorNames.Verdict.SAME);
        assertThat(people("Dmitry Peskov", "Dmitriy Peskov")).isEqualTo(ActorNames.Verdict.SAME);
        assertThat(people("Karim el-Masry", "Karim al-Masri")).isEqualTo(ActorNames.Verdict.SAME);
    }

    @Test
    void aSurnameAloneOrAnInitialIsOnlyProbable() {
        assertThat(people("Macron", "Emmanuel Macron")).isEqualTo(ActorNames.Verdict.PROBABLY_SAME);
        assertThat(people("Kim", "Kim Jae-won")).isEqualTo(ActorNames.Verdict.PROBABLY_SAME);
        assertThat(people("M. Ilangovan", "Mano Ilangovan")).isEqualTo(ActorNames.Verdict.PROBABLY_SAME);
        assertThat(people("Mary Lou McDonald", "Mary McDonald")).isEqualTo(ActorNames.Verdict.PROBABLY_SAME);
    }

    @Test
    void differentPeopleAreNotMatched() {
        assertThat(people("Maria Castellanos", "Miriam Castellanos")).isNull();
        assertThat(people("Jess Trewin", "Peter Trewin")).isNull();
        assertThat(people("Dana Kim", "Kim Jae-won")).isNull();
        assertThat(people("Priya Raman", "Priya Lamont")).isNull();
        assertThat(people("Karim el-Masry", "Karim al-Hadi")).isNull();
        assertThat(people("Martin Osei", "Hannah Osei")).isNull();
        assertThat(people("Jon Smith", "Jon Schmidt")).isNull();
        // one first word and one surname, but other names between
        assertThat(people("Md Shahidul Islam", "Md Nazrul Islam")).isNull();
        assertThat(people("Mary Ann Lee", "Mary Jo Lee")).isNull();
    }

    @Test
    void companiesMatchUpToTheirLegalFormAndAShortFormIsProbable() {
        assertThat(verdict("Hanbit Electronics Co", ActorKind.ORGANIZATION, "Hanbit Electronics", ActorKind.ORGANIZATION))
                .isEqualTo(ActorNames.Verdict.SAME);
        assertThat(verdict("Daesan Semiconductor Co. Ltd.", ActorKind.ORGANIZATION, "Daesan Semiconductor",
                ActorKind.ORGANIZATION)).isEqualTo(ActorNames.Verdict.SAME);
        assertThat(verdict("Hanbit", ActorKind.ORGANIZATION, "Hanbit Electronics", ActorKind.ORGANIZATION))
                .isEqualTo(ActorNames.Verdict.PROBABLY_SAME);
        assertThat(verdict("Hanbit Electronics", ActorKind.PERSON, "Hanbit Electronics", ActorKind.ORGANIZATION))
                .isEqualTo(ActorNames.Verdict.PROBABLY_SAME);
        assertThat(verdict("Bank of England", ActorKind.ORGANIZATION, "Bank of Canada", ActorKind.ORGANIZATION)).isNull();
    }
}
