package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Editors' mutations, and what bad input gets back: a coded error with a path, and no change. */
@QuarkusTest
class EditorMutationsTest {

    private static final String CREATE_ACTOR = """
            mutation($input: ActorInput!) { createActor(input: $input) { id name kind country aliases } }""";

    @Test
    void createUpdateAndAliasAnActor() {
        String name = "Rachel Reeves " + suffix();
        JsonPath created = GraphQL.data(CREATE_ACTOR, Map.of("input",
                Map.of("name", name, "kind", "PERSON", "country", "GB", "aliases", List.of("Ms Reeves", "the Chancellor"))));
        long id = created.getLong("data.createActor.id");
        assertThat(created.getList("data.createActor.aliases")).containsExactly("Ms Reeves", "the Chancellor");

        String renamed = "Rachel J. Reeves " + suffix();
        JsonPath updated = GraphQL.data("""
                mutation($id: ID!, $name: String!) { updateActor(id: $id, input: {name: $name}) { name aliases } }""",
                Map.of("id", id, "name", renamed));
        assertThat(updated.getString("data.updateActor.name")).isEqualTo(renamed);
        assertThat(updated.getList("data.updateActor.aliases")).contains(name);

        JsonPath aliased = GraphQL.data("""
                mutation($id: ID!) { addActorAlias(actorId: $id, alias: "Chancellor Reeves") { aliases } }""",
                Map.of("id", id));
        assertThat(aliased.getList("data.addActorAlias.aliases")).contains("Chancellor Reeves");
        JsonPath again = GraphQL.data("""
                mutation($id: ID!) { addActorAlias(actorId: $id, alias: "chancellor reeves") { aliases } }""",
                Map.of("id", id));
        assertThat(again.getList("data.addActorAlias.aliases", String.class)
                .stream().filter(alias -> alias.equalsIgnoreCase("Chancellor Reeves"))).hasSize(1);

        assertThat(GraphQL.data("{ actorByName(name: \"Chancellor Reeves\") { id } }").getLong("data.actorByName.id"))
                .isEqualTo(id);
    }

    @Test
    void invalidInputNamesEveryBrokenFieldAndStoresNothing() {
        int before = actorCount();
        JsonPath response = GraphQL.query(CREATE_ACTOR,
                Map.of("input", Map.of("name", " ", "kind", "PERSON", "country", "gb")));
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getList("errors[0].path")).containsExactly("createActor");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("input.country");
        assertThat(response.getString("errors[0].message")).contains("input.name must not be blank")
                .contains("input.country must be an ISO 3166-1 alpha-2 code");
        assertThat(response.getString("errors[0].message")).doesNotContain("Exception").doesNotContain("at io.");
        assertThat(actorCount()).isEqualTo(before);
    }

    @Test
    void topicUpdateTidiesItsPhrasesAndRefusesBadInput() {
        String slug = "topic-" + suffix();
        long id = GraphQL.data("""
                mutation($slug: String!) { createTopic(input: {slug: $slug, name: "Draft", proClaims: ["first claim"]}) { id } }""",
                Map.of("slug", slug)).getLong("data.createTopic.id");
        String fields = "{ name keywords proClaims conClaims }";

        JsonPath updated = GraphQL.data("mutation($id: ID!, $input: TopicUpdate!) { updateTopic(id: $id, input: $input) "
                + fields + " }", Map.of("id", id, "input", Map.of("name", "  Settled name ",
                        "keywords", List.of("ceasefire", " ", "ceasefire"),
                        "proClaims", List.of(" talks should start now ", "talks should start now"))));
        assertThat(updated.getString("data.updateTopic.name")).isEqualTo("Settled name");
        assertThat(updated.getList("data.updateTopic.keywords")).containsExactly("ceasefire");
        assertThat(updated.getList("data.updateTopic.proClaims")).containsExactly("talks should start now");
        assertThat(updated.getList("data.updateTopic.conClaims")).isEmpty();

        JsonPath blank = GraphQL.query("mutation($id: ID!) { updateTopic(id: $id, input: {name: \" \"}) { name } }",
                Map.of("id", id));
        assertThat(blank.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(blank.getString("errors[0].extensions.field")).isEqualTo("input.name");
        JsonPath missing = GraphQL.query("mutation { updateTopic(id: 999999999, input: {name: \"Any\"}) { name } }");
        assertThat(missing.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(missing.getString("errors[0].extensions.field")).isEqualTo("id");
        assertThat(GraphQL.data("query($id: ID!) { topic(id: $id) { name } }", Map.of("id", id))
                .getString("data.topic.name")).isEqualTo("Settled name");
    }

    @Test
    void changingATopicsClaimsJudgesItsStancesAgain() {
        String suffix = suffix();
        String slug = "widget-levy-" + suffix;
        GraphQL.data("""
                mutation($slug: String!) { createTopic(input: {slug: $slug, name: "Widget levy", keywords: ["widget levy"],
                    proClaims: ["the widget levy should be scrapped"]}) { id } }""", Map.of("slug", slug));
        long topicId = GraphQL.data("query($slug: String!) { topicBySlug(slug: $slug) { id } }", Map.of("slug", slug))
                .getLong("data.topicBySlug.id");
        String article = """
                Treasury rethinks widget levy

                The finance minister, Marta Okonkwo, spoke in parliament on Tuesday.

                “The widget levy should be scrapped before the summer,” Ms Okonkwo told MPs.

                Reference %s.""".formatted(suffix);
        ingest(article, "2025-04-10");
        String stances = """
                query($slug: String!) { topicBySlug(slug: $slug) { positions(assessor: "extractor", includeSuggested: true) {
                    stance actor { name } evidence { text } } } }""";
        assertThat(GraphQL.data(stances, Map.of("slug", slug)).getList("data.topicBySlug.positions.stance"))
                .containsExactly("SUPPORTS");

        // Renaming the topic changes no claim: the stance stands as it was.
        GraphQL.data("mutation($id: ID!) { updateTopic(id: $id, input: {name: \"Levy on widgets\"}) { id } }",
                Map.of("id", topicId));
        assertThat(GraphQL.data(stances, Map.of("slug", slug)).getList("data.topicBySlug.positions.stance"))
                .containsExactly("SUPPORTS");

        // The same words are now the other side's claim, so the quote that supported the topic opposes it.
        GraphQL.data("""
                mutation($id: ID!) { updateTopic(id: $id, input: {proClaims: [], conClaims: ["the widget levy should be scrapped"]}) {
                    id } }""", Map.of("id", topicId));
        JsonPath judgedAgain = GraphQL.data(stances, Map.of("slug", slug));
        assertThat(judgedAgain.getList("data.topicBySlug.positions.stance")).containsExactly("OPPOSES");
        assertThat(judgedAgain.getList("data.topicBySlug.positions.actor.name")).containsExactly("Marta Okonkwo");
        assertThat(judgedAgain.getList("data.topicBySlug.positions[0].evidence.text", String.class))
                .singleElement().asString().contains("widget levy should be scrapped");
    }

    @Inject
    DataSource dataSource;

    @Test
    void aStatementWhoseSpeakerIsShownAsDoubtfulIsNoOnesStance() throws SQLException {
        String suffix = suffix();
        String slug = "gadget-levy-" + suffix;
        GraphQL.data("""
                mutation($slug: String!) { createTopic(input: {slug: $slug, name: "Gadget levy", keywords: ["gadget levy"],
                    proClaims: ["the gadget levy should be scrapped"]}) { id } }""", Map.of("slug", slug));
        long topicId = GraphQL.data("query($slug: String!) { topicBySlug(slug: $slug) { id } }", Map.of("slug", slug))
                .getLong("data.topicBySlug.id");
        ingest("""
                Treasury rethinks gadget levy

                The trade minister, Ines Albrecht, spoke in parliament on Tuesday.

                “The gadget levy should be scrapped before the summer,” Ms Albrecht told MPs.

                Reference %s.""".formatted(suffix), "2025-04-11");
        String stances = """
                query($slug: String!) { topicBySlug(slug: $slug) { positions(assessor: "extractor", includeSuggested: true) {
                    stance evidence { id speakerDoubtful } } } }""";
        JsonPath sure = GraphQL.data(stances, Map.of("slug", slug));
        assertThat(sure.getList("data.topicBySlug.positions.stance")).containsExactly("SUPPORTS");
        long quoteId = Long.parseLong(sure.getString("data.topicBySlug.positions[0].evidence[0].id"));

        // The quote's speaker as a weaker rule would have named it: below 0.8, shown as doubtful.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update statement set attribution_confidence = 0.75 where id = ?")) {
            update.setLong(1, quoteId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
        // A change of claims judges the topic's stances again, now from a quote whose speaker is doubtful.
        GraphQL.data("""
                mutation($id: ID!) { updateTopic(id: $id, input: {proClaims: [], conClaims: ["the gadget levy should be scrapped"]}) {
                    id } }""", Map.of("id", topicId));
        assertThat(GraphQL.data("query($id: ID!) { statement(id: $id) { speakerDoubtful } }", Map.of("id", quoteId))
                .getBoolean("data.statement.speakerDoubtful")).isTrue();
        assertThat(GraphQL.data(stances, Map.of("slug", slug)).getList("data.topicBySlug.positions")).isEmpty();
    }

    @Test
    void anOfficeReadFromAnArticleCanBeTakenOffTheRecord() {
        String article = """
                Harbour plan approved

                Ragna Solberg, the prime minister of Norway, said the harbour plan would go ahead.

                Reference %s.""".formatted(suffix());
        ingest(article, "2025-04-14");
        JsonPath actor = GraphQL.data("{ actorByName(name: \"Ragna Solberg\") { id offices { post } } }");
        String id = actor.getString("data.actorByName.id");
        List<String> posts = actor.getList("data.actorByName.offices.post");
        assertThat(posts).singleElement().asString().containsIgnoringCase("prime minister of Norway");

        String remove = "mutation($id: ID!, $post: String!) { removeActorOffice(actorId: $id, post: $post) { offices { post } } }";
        JsonPath removed = GraphQL.data(remove, Map.of("id", id, "post", " " + posts.get(0).toUpperCase() + " "));
        assertThat(removed.getList("data.removeActorOffice.offices")).isEmpty();
        assertThat(GraphQL.data("query($id: ID!) { actor(id: $id) { offices { post } } }", Map.of("id", id))
                .getList("data.actor.offices")).isEmpty();

        JsonPath again = GraphQL.query(remove, Map.of("id", id, "post", posts.get(0)));
        assertThat(again.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(again.getString("errors[0].extensions.field")).isEqualTo("post");
        JsonPath noActor = GraphQL.query(remove, Map.of("id", "999999997", "post", posts.get(0)));
        assertThat(noActor.getString("errors[0].extensions.field")).isEqualTo("actorId");
    }

    @Test
    void duplicateActorIsAConflict() {
        JsonPath response = GraphQL.query(CREATE_ACTOR, Map.of("input", Map.of("name", "David Lammy", "kind", "PERSON")));
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("input.name");
    }

    @Test
    void mergeMovesStatementsAliasesAndPositionsToTheSurvivor() {
        long survivor = createActor("Pat Example " + suffix(), List.of("Ms Example"));
        String duplicateName = "P. Example " + suffix();
        long duplicate = createActor(duplicateName, List.of("the Envoy"));
        long statement = statementOn("Calum Miller", "putin-good-faith");
        GraphQL.data("mutation($s: ID!, $a: [ID]!) { correctStatementSpeakers(input: {statementId: $s, speakerIds: $a}) { id } }",
                Map.of("s", statement, "a", List.of(duplicate, actorId("Calum Miller"))));
        GraphQL.data("""
                mutation($a: ID!, $s: ID!) { setPosition(input: {actorId: $a, topic: "putin-good-faith",
                    stance: SUPPORTS, validFrom: "2025-05-13", confidence: 0.7,
                    evidenceStatementIds: [$s]}) { id } }""", Map.of("a", duplicate, "s", statement));

        JsonPath merged = GraphQL.data("""
                mutation($s: ID!, $d: ID!) { mergeActors(survivorId: $s, duplicateId: $d) {
                    id name aliases statements { id topics { slug } } positions(assessor: "editor:test") { stance topic { slug } } } }""",
                Map.of("s", survivor, "d", duplicate));

        assertThat(merged.getList("data.mergeActors.aliases")).contains("Ms Example", duplicateName, "the Envoy");
        assertThat(merged.getList("data.mergeActors.statements.id", Long.class)).containsExactly(statement);
        assertThat(merged.getList("data.mergeActors.positions.topic.slug")).containsExactly("putin-good-faith");
        // The statement the duplicate was given has the extractor assess its topics for it; after the merge the
        // survivor holds one such timeline per topic, resting on that statement, except where the editor's own
        // position already reads the same stance in it.
        JsonPath extracted = GraphQL.data("""
                query($s: ID!) { actor(id: $s) { positions(assessor: "extractor", includeSuggested: true) { stance topic { slug } evidence { id } } } }""",
                Map.of("s", survivor));
        List<String> topics = merged.getList("data.mergeActors.statements[0].topics.slug");
        assertThat(extracted.getList("data.actor.positions.topic.slug", String.class)).doesNotHaveDuplicates()
                .containsAll(topics.stream().filter(topic -> !topic.equals("putin-good-faith")).toList())
                .isSubsetOf(topics);
        assertThat(extracted.getList("data.actor.positions", Map.class)).noneSatisfy(position -> {
            assertThat(((Map<?, ?>) position.get("topic")).get("slug")).isEqualTo("putin-good-faith");
            assertThat(position.get("stance")).isEqualTo("SUPPORTS");
        });
        assertThat(extracted.getList("data.actor.positions.evidence.id", List.class))
                .allSatisfy(evidence -> assertThat(evidence).containsExactly(String.valueOf(statement)));
        assertThat(GraphQL.data("query($d: ID!) { actor(id: $d) { id } }", Map.of("d", duplicate)).getString("data.actor"))
                .isNull();
        JsonPath speakers = GraphQL.data("query($s: ID!) { statement(id: $s) { speakers { id } origin } }",
                Map.of("s", statement));
        assertThat(speakers.getList("data.statement.speakers.id", Long.class))
                .containsExactlyInAnyOrder(survivor, actorId("Calum Miller"));
        assertThat(speakers.getString("data.statement.origin")).isEqualTo("CURATED");
    }

    @Test
    void mergingAnActorIntoItselfIsRefused() {
        long id = actorId("Calum Miller");
        JsonPath response = GraphQL.query("mutation($a: ID!) { mergeActors(survivorId: $a, duplicateId: $a) { id } }",
                Map.of("a", id));
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("duplicateId");
    }

    @Test
    void createUpdateEventAndAttachAStatement() {
        long trump = actorId("Donald Trump");
        long macron = actorId("Emmanuel Macron");
        String name = "Trump–Macron phone call " + suffix();
        JsonPath created = GraphQL.data("""
                mutation($input: EventInput!) { createEvent(input: $input) { id name kind startsOn datePrecision participants { name } } }""",
                Map.of("input", Map.of("name", name, "kind", "CALL", "startsOn", "2025-02-20",
                        "participantIds", List.of(trump, macron))));
        long event = created.getLong("data.createEvent.id");
        assertThat(created.getString("data.createEvent.datePrecision")).isEqualTo("DAY");
        assertThat(created.getList("data.createEvent.participants.name")).containsExactly("Donald Trump", "Emmanuel Macron");

        JsonPath updated = GraphQL.data("""
                mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { location startsOn } }""",
                Map.of("id", event, "input", Map.of("name", name, "kind", "CALL", "startsOn", "2025-02-21",
                        "location", "Washington")));
        assertThat(updated.getString("data.updateEvent.location")).isEqualTo("Washington");

        long statement = firstStatementOf("Emmanuel Macron");
        JsonPath attached = GraphQL.data("""
                mutation($s: ID!, $e: ID!) { attachStatementToEvent(statementId: $s, eventId: $e) { event { id name } } }""",
                Map.of("s", statement, "e", event));
        assertThat(attached.getLong("data.attachStatementToEvent.event.id")).isEqualTo(event);
        JsonPath atEvent = GraphQL.data("""
                query($e: ID!, $s: ID!) { event(id: $e) { statements { id } articles { id } }
                    statement(id: $s) { article { id } } }""", Map.of("e", event, "s", statement));
        assertThat(atEvent.getList("data.event.statements.id", Long.class)).containsExactly(statement);
        // The article that reports a statement made at the event reports the event.
        assertThat(atEvent.getList("data.event.articles.id", Long.class))
                .containsExactly(atEvent.getLong("data.statement.article.id"));

        JsonPath badDates = GraphQL.query("""
                mutation($id: ID!, $input: EventInput!) { updateEvent(id: $id, input: $input) { id } }""",
                Map.of("id", event, "input", Map.of("name", name, "kind", "CALL", "startsOn", "2025-02-21",
                        "endsOn", "2025-02-01")));
        assertThat(badDates.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(badDates.getString("errors[0].extensions.field")).isEqualTo("input.endsOn");
        assertThat(GraphQL.data("query($e: ID!) { event(id: $e) { location } }", Map.of("e", event))
                .getString("data.event.location")).isEqualTo("Washington");
    }

    @Test
    void setPositionAddsToTheHistory() {
        long starmer = actorId("Keir Starmer");
        long statement = statementOn("Keir Starmer", "zelensky-legitimacy");
        String history = """
                query($a: ID!) { actor(id: $a) { positions(topic: "zelensky-legitimacy") { stance validFrom } } }""";
        int before = GraphQL.data(history, Map.of("a", starmer)).getList("data.actor.positions").size();

        JsonPath set = GraphQL.data("""
                mutation($a: ID!, $s: ID!) { setPosition(input: {actorId: $a, topic: "zelensky-legitimacy",
                    stance: OPPOSES, validFrom: "2025-03-01", confidence: 0.6,
                    evidenceStatementIds: [$s], note: "test"}) { stance validFrom actor { name } topic { slug } evidence { id } } }""",
                Map.of("a", starmer, "s", statement));
        assertThat(set.getString("data.setPosition.actor.name")).isEqualTo("Keir Starmer");
        assertThat(set.getList("data.setPosition.evidence.id", Long.class)).containsExactly(statement);

        GraphQL.data("""
                mutation($a: ID!, $s: ID!) { setPosition(input: {actorId: $a, topic: "zelensky-legitimacy",
                    stance: MIXED, validFrom: "2025-04-01", confidence: 0.6,
                    evidenceStatementIds: [$s]}) { id } }""", Map.of("a", starmer, "s", statement));
        List<Map<String, Object>> positions = GraphQL.data(history, Map.of("a", starmer)).getList("data.actor.positions");
        assertThat(positions).hasSize(before + 2);
        assertThat(positions.get(0)).containsEntry("stance", "MIXED").containsEntry("validFrom", "2025-04-01");
        JsonPath current = GraphQL.data("""
                query($a: ID!) { actor(id: $a) { positions(topic: "zelensky-legitimacy", currentOnly: true) { stance } } }""",
                Map.of("a", starmer));
        assertThat(current.getList("data.actor.positions.stance")).containsExactly("MIXED");
    }

    @Test
    void positionEvidenceMustBeTheActorsOwnStatement() {
        long starmer = actorId("Keir Starmer");
        long trumpStatement = firstStatementOf("Donald Trump");
        JsonPath response = GraphQL.query("""
                mutation($a: ID!, $s: ID!) { setPosition(input: {actorId: $a, topic: "putin-good-faith",
                    stance: OPPOSES, validFrom: "2025-03-01", confidence: 1.5,
                    evidenceStatementIds: [$s]}) { id } }""", Map.of("a", starmer, "s", trumpStatement));
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("input.confidence");

        JsonPath notOwn = GraphQL.query("""
                mutation($a: ID!, $s: ID!) { setPosition(input: {actorId: $a, topic: "putin-good-faith",
                    stance: OPPOSES, validFrom: "2025-03-01", confidence: 0.5,
                    evidenceStatementIds: [$s]}) { id } }""", Map.of("a", starmer, "s", trumpStatement));
        assertThat(notOwn.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(notOwn.getString("errors[0].extensions.field")).isEqualTo("input.evidenceStatementIds[0]");
    }

    @Test
    void positionEvidenceMustBeAboutTheTopic() {
        long starmer = actorId("Keir Starmer");
        long onTopic = statementOn("Keir Starmer", "putin-good-faith");
        List<Map<String, Object>> elsewhere = GraphQL.data("""
                query($a: ID!) { actor(id: $a) { statements(filter: {topic: "zelensky-legitimacy"}) { id topics { slug } } } }""",
                Map.of("a", starmer)).getList("data.actor.statements");
        Object offTopic = elsewhere.stream().filter(statement -> !((List<?>) statement.get("topics"))
                .contains(Map.of("slug", "putin-good-faith"))).findFirst().orElseThrow().get("id");
        String positions = """
                query($a: ID!) { actor(id: $a) { positions(topic: "putin-good-faith") { stance validFrom } } }""";
        List<Object> before = GraphQL.data(positions, Map.of("a", starmer)).getList("data.actor.positions");

        JsonPath response = GraphQL.query("""
                mutation($a: ID!, $s: [ID]!) { setPosition(input: {actorId: $a, topic: "putin-good-faith",
                    stance: SUPPORTS, validFrom: "2025-03-01", confidence: 0.5, evidenceStatementIds: $s}) { id } }""",
                Map.of("a", starmer, "s", List.of(onTopic, offTopic)));
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("input.evidenceStatementIds[1]");
        assertThat(response.getString("errors[0].message")).contains("is not about putin-good-faith")
                .contains("tagStatementTopics");
        assertThat(GraphQL.data(positions, Map.of("a", starmer)).getList("data.actor.positions")).isEqualTo(before);
    }

    @Test
    void aStanceCannotHoldFromTheFutureNorBeforeItsEvidence() {
        long starmer = actorId("Keir Starmer");
        JsonPath first = GraphQL.data("""
                query($a: ID!) { actor(id: $a) { statements(first: 1, orderBy: OLDEST_FIRST, filter: {topic: "zelensky-legitimacy"}) {
                    id datedOn } } }""",
                Map.of("a", starmer));
        long statement = first.getLong("data.actor.statements[0].id");
        LocalDate said = LocalDate.parse(first.getString("data.actor.statements[0].datedOn"));
        String setPosition = """
                mutation($a: ID!, $s: ID!, $from: Date!) { setPosition(input: {actorId: $a, topic: "zelensky-legitimacy",
                    stance: SUPPORTS, validFrom: $from, confidence: 0.7, evidenceStatementIds: [$s]}) { id } }""";
        String current = """
                query($a: ID!) { actor(id: $a) { positions(topic: "zelensky-legitimacy") { stance validFrom assessor } } }""";
        List<Object> before = GraphQL.data(current, Map.of("a", starmer)).getList("data.actor.positions");

        for (LocalDate refused : List.of(LocalDate.now().plusDays(2), LocalDate.of(2030, 1, 1), said.minusYears(3), said.minusDays(1))) {
            JsonPath response = GraphQL.query(setPosition, Map.of("a", starmer, "s", statement, "from", refused.toString()));
            assertThat(response.getString("errors[0].extensions.code")).as(refused.toString()).isEqualTo("INVALID_INPUT");
            assertThat(response.getString("errors[0].extensions.field")).as(refused.toString()).isEqualTo("input.validFrom");
            assertThat(response.getString("errors[0].message")).contains("validFrom");
        }
        assertThat(GraphQL.data(current, Map.of("a", starmer)).getList("data.actor.positions")).isEqualTo(before);

        // The day of the evidence itself is the earliest a stance can hold from.
        GraphQL.data(setPosition, Map.of("a", starmer, "s", statement, "from", said.toString()));
        assertThat(GraphQL.data(current, Map.of("a", starmer)).getList("data.actor.positions")).hasSize(before.size() + 1);
    }

    @Test
    void correctingSpeakersToAnUnknownActorChangesNothing() {
        long statement = firstStatementOf("Kemi Badenoch");
        JsonPath response = GraphQL.query("""
                mutation($s: ID!) { correctStatementSpeakers(input: {statementId: $s, speakerIds: [999999]}) { id } }""",
                Map.of("s", statement));
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(GraphQL.data("query($s: ID!) { statement(id: $s) { speakers { name } } }", Map.of("s", statement))
                .getList("data.statement.speakers.name")).containsExactly("Kemi Badenoch");
    }

    @Test
    void correctingSpeakersTakesTheOldSpeakersRoleAwayAndLogsWhoTheyWere() {
        Map<String, Object> quote = ingestedStatements("""
                Summit in Paris

                “Europe will stand with Kyiv for as long as it takes,” said Emmanuel Macron, the president of France.

                Reference %s.""".formatted(suffix()), "2025-04-15").get(0);
        long statement = Long.parseLong((String) quote.get("id"));
        assertThat(quote.get("speakers")).isEqualTo(List.of(Map.of("name", "Emmanuel Macron")));
        assertThat((String) quote.get("speakerRole")).containsIgnoringCase("president of France");
        long zelensky = actorId("Volodymyr Zelensky");
        String correct = """
                mutation($input: SpeakerCorrection!) { correctStatementSpeakers(input: $input) { speakerRole speakers { name } } }""";

        JsonPath corrected = GraphQL.data(correct, Map.of("input", Map.of("statementId", statement, "speakerIds", List.of(zelensky))));
        assertThat(corrected.getList("data.correctStatementSpeakers.speakers.name")).containsExactly("Volodymyr Zelensky");
        // "The president of France" described Macron; it says nothing true of Zelensky.
        assertThat(corrected.getString("data.correctStatementSpeakers.speakerRole")).isNull();
        JsonPath history = GraphQL.data("query($s: ID!) { statement(id: $s) { history { operation before after } } }",
                Map.of("s", statement));
        Map<String, Object> change = history.getMap("data.statement.history[-1]");
        assertThat(change).containsEntry("operation", "correctStatementSpeakers");
        JsonPath before = JsonPath.from((String) change.get("before"));
        assertThat(before.getList("speakers")).containsExactly("Emmanuel Macron");
        assertThat(before.getList("speakerIds", Long.class)).containsExactly(actorId("Emmanuel Macron"));
        assertThat(before.getString("speakerRole")).containsIgnoringCase("president of France");
        JsonPath after = JsonPath.from((String) change.get("after"));
        assertThat(after.getList("speakers")).containsExactly("Volodymyr Zelensky");
        assertThat(after.getMap("$")).containsEntry("speakerRole", null);

        // The editor may word the new speaker's role; a correction to the same speakers keeps it.
        JsonPath worded = GraphQL.data(correct, Map.of("input", Map.of("statementId", statement,
                "speakerIds", List.of(zelensky), "speakerRole", " President of Ukraine ")));
        assertThat(worded.getString("data.correctStatementSpeakers.speakerRole")).isEqualTo("President of Ukraine");
        JsonPath same = GraphQL.data(correct, Map.of("input", Map.of("statementId", statement, "speakerIds", List.of(zelensky))));
        assertThat(same.getString("data.correctStatementSpeakers.speakerRole")).isEqualTo("President of Ukraine");
    }

    @Test
    void anEditorEndsOneTenureAndRecordsTheNextHolder() {
        String post = "Foreign Secretary of the United Kingdom";
        long lammy = actorId("David Lammy");
        GraphQL.data("mutation($lines: String!) { importRecords(lines: $lines) { lines } }",
                Map.of("lines", "{\"type\":\"actor\",\"name\":\"Yvette Cooper\",\"kind\":\"PERSON\",\"country\":\"GB\"}"));
        long cooper = actorId("Yvette Cooper");
        // An ingestion reads the stored offices into memory, as they are before the handover.
        ingest("""
                Harbour reopens

                “The harbour will reopen in spring,” said Maren Holmfrid, who runs the port of Tromsø.

                Reference %s.""".formatted(suffix()), "2025-08-05");
        String setOffice = "mutation($input: OfficeInput!) { setActorOffice(input: $input) { name offices { post from to } } }";

        // Lammy's one period in the post ends; with no `from`, that period is meant.
        JsonPath ended = GraphQL.data(setOffice, Map.of("input", Map.of("actorId", lammy, "post", post, "to", "2025-09-05")));
        assertThat(ended.getList("data.setActorOffice.offices", Map.class)).anySatisfy(office -> assertThat(office)
                .containsEntry("post", post).containsEntry("from", "2024-07-05").containsEntry("to", "2025-09-05"));
        JsonPath started = GraphQL.data(setOffice, Map.of("input", Map.of("actorId", cooper, "post", post.toLowerCase(), "from", "2025-09-05")));
        assertThat(started.getList("data.setActorOffice.offices", Map.class)).singleElement().satisfies(office -> assertThat(office)
                .containsEntry("post", post).containsEntry("from", "2025-09-05").containsEntry("to", null));

        // The change log shows the tenure before and after.
        JsonPath history = GraphQL.data("query($a: ID!) { actor(id: $a) { history { operation before after } } }", Map.of("a", lammy));
        Map<String, Object> change = history.getMap("data.actor.history[-1]");
        assertThat(change).containsEntry("operation", "setActorOffice");
        assertThat(JsonPath.from((String) change.get("before")).getList("offices", Map.class)).anySatisfy(office -> assertThat(office)
                .containsEntry("post", post).containsEntry("from", "2024-07-05").containsEntry("to", null));
        assertThat(JsonPath.from((String) change.get("after")).getList("offices", Map.class)).anySatisfy(office -> assertThat(office)
                .containsEntry("post", post).containsEntry("from", "2024-07-05").containsEntry("to", "2025-09-05"));

        // Titles are read through the new dates: after the handover, the Foreign Secretary is Cooper.
        List<Map<String, Object>> quotes = ingestedStatements("""
                Talks in Geneva

                “We will keep up the pressure on Moscow,” the Foreign Secretary told reporters on Tuesday.

                Reference %s.""".formatted(suffix()), "2025-10-02");
        assertThat(quotes).singleElement().satisfies(quote -> assertThat(quote.get("speakers"))
                .isEqualTo(List.of(Map.of("name", "Yvette Cooper"))));

        // Periods of one post may not overlap, nor end before they start; nothing is changed.
        JsonPath overlapping = GraphQL.query(setOffice, Map.of("input", Map.of("actorId", cooper, "post", post, "from", "2025-10-01")));
        assertThat(overlapping.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(overlapping.getString("errors[0].extensions.field")).isEqualTo("input.from");
        JsonPath backwards = GraphQL.query(setOffice, Map.of("input", Map.of("actorId", cooper, "post", post,
                "from", "2025-09-05", "to", "2025-09-01")));
        assertThat(backwards.getString("errors[0].extensions.field")).isEqualTo("input.to");
        assertThat(GraphQL.data("query($a: ID!) { actor(id: $a) { offices { from to } } }", Map.of("a", cooper))
                .getList("data.actor.offices")).hasSize(1);
    }

    @Test
    void anImportedTenureWithAnEndDateEndsTheOpenTenureOnRecord() {
        String name = "Ingvild Rasmussen";
        String open = "{\"type\":\"actor\",\"name\":\"%s\",\"kind\":\"PERSON\",\"tenures\":[{\"post\":\"Mayor of Bergen\",\"from\":\"2019-10-01\"}]}"
                .formatted(name);
        String ended = open.replace("\"from\":\"2019-10-01\"", "\"from\":\"2019-10-01\",\"to\":\"2023-10-31\"");
        String importRecords = "mutation($lines: String!) { importRecords(lines: $lines) { created unchanged } }";
        GraphQL.data(importRecords, Map.of("lines", open));

        JsonPath imported = GraphQL.data(importRecords, Map.of("lines", ended));
        String offices = "query($n: String!) { actorByName(name: $n) { offices { post from to } } }";
        assertThat(GraphQL.data(offices, Map.of("n", name)).getList("data.actorByName.offices.to")).containsExactly("2023-10-31");
        assertThat(GraphQL.data(importRecords, Map.of("lines", ended)).getInt("data.importRecords.unchanged")).isEqualTo(1);

        // Another end date than the one stored is an editor's call, not a file's.
        JsonPath refused = GraphQL.query(importRecords, Map.of("lines", ended.replace("2023-10-31", "2024-01-31")));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(refused.getString("errors[0].extensions.field")).isEqualTo("line 1.tenures.to");
        assertThat(GraphQL.data(offices, Map.of("n", name)).getList("data.actorByName.offices.to")).containsExactly("2023-10-31");
        assertThat(imported.getInt("data.importRecords.unchanged") + imported.getInt("data.importRecords.created")).isEqualTo(1);
    }

    private static long createActor(String name, List<String> aliases) {
        return GraphQL.data(CREATE_ACTOR, Map.of("input", Map.of("name", name, "kind", "PERSON", "aliases", aliases)))
                .getLong("data.createActor.id");
    }

    private static long actorId(String name) {
        return GraphQL.data("query($n: String!) { actorByName(name: $n) { id } }", Map.of("n", name))
                .getLong("data.actorByName.id");
    }

    private static long firstStatementOf(String name) {
        return GraphQL.data("query($n: String!) { actorByName(name: $n) { statements(first: 1, orderBy: OLDEST_FIRST) { id } } }",
                Map.of("n", name)).getLong("data.actorByName.statements[0].id");
    }

    /** The actor's earliest statement about the topic. */
    private static long statementOn(String name, String topic) {
        return GraphQL.data("""
                query($n: String!, $t: String!) { actorByName(name: $n) {
                    statements(first: 1, orderBy: OLDEST_FIRST, filter: {topic: $t}) { id } } }""",
                Map.of("n", name, "t", topic)).getLong("data.actorByName.statements[0].id");
    }

    private static int actorCount() {
        return GraphQL.data("{ actors { totalCount } }").getInt("data.actors.totalCount");
    }

    /** Ingests a plain-text article of the Example Gazette as the editor. */
    private static void ingest(String text, String publishedOn) {
        GraphQL.data("""
                mutation($text: String!, $on: Date) { ingestArticle(input: {text: $text, outlet: "Example Gazette", publishedOn: $on}) {
                    statementsExtracted } }""", Map.of("text", text, "on", publishedOn));
    }

    /** Ingests a plain-text article of the Example Gazette as the editor; its statements in reading order. */
    private static List<Map<String, Object>> ingestedStatements(String text, String publishedOn) {
        return GraphQL.data("""
                mutation($text: String!, $on: Date) { ingestArticle(input: {text: $text, outlet: "Example Gazette", publishedOn: $on}) {
                    article { statements { id text speakerRole speakers { name } } } } }""", Map.of("text", text, "on", publishedOn))
                .getList("data.ingestArticle.article.statements");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
