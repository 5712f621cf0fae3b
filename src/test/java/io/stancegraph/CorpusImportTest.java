package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.stancegraph.importer.CorpusImporter;
import io.stancegraph.importer.ImportSummary;
import io.stancegraph.importer.PositionSigner;
import io.stancegraph.importer.SampleCorpusLoader;
import io.stancegraph.platform.InvalidInputException;

@QuarkusTest
class CorpusImportTest {

    @Inject
    SampleCorpusLoader sample;

    @Inject
    CorpusImporter importer;

    @Test
    void sampleCorpusIsLoadedAndImportingItAgainChangesNothing() {
        assertThat(GraphQL.data("{ articles { totalCount } }").getInt("data.articles.totalCount")).isEqualTo(5);
        assertThat(GraphQL.data("{ topics { totalCount } }").getInt("data.topics.totalCount")).isEqualTo(11);
        assertThat(GraphQL.data("{ positions { totalCount } }").getInt("data.positions.totalCount"))
                .isGreaterThanOrEqualTo(15);
        int statements = GraphQL.data("{ statements { totalCount } }").getInt("data.statements.totalCount");

        ImportSummary again = sample.loadSample();

        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(again.lines()).isGreaterThan(150);
        assertThat(GraphQL.data("{ statements { totalCount } }").getInt("data.statements.totalCount")).isEqualTo(statements);
    }

    @Test
    void everyCuratedPositionHasEvidenceByItsActor() {
        java.util.List<java.util.Map> positions = new java.util.ArrayList<>(GraphQL.data("""
                { positions(first: 100) { nodes { assessor actor { name } evidence { speakers { name } } } } }""")
                .getList("data.positions.nodes", java.util.Map.class));
        positions.removeIf(position -> !"editor:sample-curation".equals(position.get("assessor")));
        assertThat(positions).hasSizeGreaterThanOrEqualTo(15).allSatisfy(position -> {
            Object actor = ((java.util.Map<?, ?>) position.get("actor")).get("name");
            java.util.List<?> evidence = (java.util.List<?>) position.get("evidence");
            assertThat(evidence).isNotEmpty().allSatisfy(statement -> assertThat(
                    ((java.util.List<Object>) ((java.util.Map<?, ?>) statement).get("speakers")))
                    .contains(java.util.Map.of("name", actor)));
        });
    }

    @Test
    void aBadLineStoresNothingOfTheImport() {
        String lines = """
                {"type":"topic","slug":"arctic-sovereignty","name":"Arctic sovereignty"}
                {"type":"actor","name":"Mette Frederiksen","kind":"PERSON","country":"DK"}
                {"type":"statement","article":"no-such-article","kind":"DIRECT","speakers":["Mette Frederiksen"],"text":"x","cue":"say","span":[0,1]}
                """;

        assertThatThrownBy(() -> importer.importLines(new BufferedReader(new StringReader(lines)), PositionSigner.BUNDLED))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3").hasMessageContaining("unknown article no-such-article");

        assertThat(GraphQL.data("{ topicBySlug(slug: \"arctic-sovereignty\") { id } }").getString("data.topicBySlug")).isNull();
        assertThat(GraphQL.data("{ actorByName(name: \"Mette Frederiksen\") { id } }").getString("data.actorByName")).isNull();
    }

    @Test
    void aSpanThatDoesNotHoldTheTextIsRefused() {
        String lines = """
                {"type":"statement","article":"004_29483c680d38bcb6","kind":"DIRECT","speakers":["David Lammy"],"text":"not in the article","cue":"say","span":[0,18]}
                """;
        assertThatThrownBy(() -> importer.importLines(new BufferedReader(new StringReader(lines)), PositionSigner.BUNDLED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("does not hold the statement's text");
    }
}
