package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/** A lede that ends with its source ("…, the agency said on Wednesday."), in the wire's and the foreign desk's forms. */
class LedesAndDatelinesTest {

    @Test
    void theDatelineIsNoPartOfWhatWasSaid() {
        assertThat(last("SINGAPORE – Employers will pay higher levies from January 2027, Manpower Minister Ong Mei Xian "
                + "announced on May 12.").text()).isEqualTo("Employers will pay higher levies from January 2027");
        assertThat(last("PENANG (March 17): Kenari Semiconductor has received a takeover offer, Halcyon Precision said on "
                + "Monday.").text()).isEqualTo("Kenari Semiconductor has received a takeover offer");
        assertThat(last("Paris (AFP) - Controllers began a 48-hour strike on Thursday, the DGAC said.").text())
                .isEqualTo("Controllers began a 48-hour strike on Thursday");
        // a sentence that opens with a name is no dateline
        assertThat(last("Ahmed Khan - a farmer - lost his crop, officials said.").text()).startsWith("Ahmed Khan");
    }

    @Test
    void whenAndWhereItWasSaidAreNotWhatWasSaid() {
        assertThat(last("Employers will pay higher levies from January 2027, Manpower Minister Ong Mei Xian announced on "
                + "May 12.").text()).isEqualTo("Employers will pay higher levies from January 2027");
        ExtractedStatement separate = last("Halcyon Precision made an offer. The price is a premium of 31.2% to the last "
                + "traded price, Halcyon said in a separate statement to the Singapore Exchange (SGX).");
        assertThat(separate.text()).isEqualTo("The price is a premium of 31.2% to the last traded price");
        assertThat(separate.speakerNames()).containsExactly("Halcyon Precision");
    }

    @Test
    void aSourceNamedAroundAnAcronymInBracketsEndsTheLede() {
        assertThat(statements("KARACHI: At least 23 people were killed after hill torrents swept through villages, the "
                + "Provincial Disaster Management Authority (PDMA) Sindh said on Wednesday.")).singleElement()
                .satisfies(s -> {
                    assertThat(s.text()).isEqualTo("At least 23 people were killed after hill torrents swept through "
                            + "villages");
                    assertThat(s.speakerNames()).containsExactly("Provincial Disaster Management Authority Sindh");
                });
    }

    @Test
    void whereACompanyIsListedIsNoPartOfItsName() {
        assertThat(last("Kenari received an offer from Singapore-listed Halcyon Precision Ltd. Halcyon said the offer was "
                + "fair.").speakerNames()).containsExactly("Halcyon Precision");
    }
}
