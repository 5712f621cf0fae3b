package io.stancegraph.tools.synthetic;

import java.time.LocalDate;
import java.util.List;

import io.stancegraph.actor.ActorKind;
import io.stancegraph.article.Article;
import io.stancegraph.event.DatePrecision;
import io.stancegraph.event.EventKind;
import io.stancegraph.position.Stance;
import io.stancegraph.statement.StatementKind;
import io.stancegraph.statement.StatementOrigin;

/** Rows of the domain tables as the generator makes them, ids included; columns it leaves to their defaults are absent. */
public final class SyntheticRows {

    private SyntheticRows() {
    }

    public record TopicRow(long id, String slug, String name, String description, List<String> keywords) {
    }

    public record ActorRow(long id, String canonicalName, ActorKind kind, String country) {
    }

    public record AliasRow(long id, long actorId, String alias, String normalized) {
    }

    public record PostRow(long id, String label, Long organizationId) {
    }

    public record TenureRow(long id, long actorId, long postId, LocalDate startDate, LocalDate endDate) {
    }

    public record EventRow(long id, String name, EventKind kind, LocalDate startDate, LocalDate endDate,
            DatePrecision datePrecision, String location, List<Long> participantIds) {
    }

    /** An article with the statements it reports, in reading order, and the events it reports on. */
    public record ArticleRow(long id, String sourceKey, String outlet, String url, String headline,
            LocalDate publishedOn, String body, List<StatementRow> statements, List<Long> eventIds) {

        public String contentHash() {
            return Article.hash(body);
        }
    }

    public record StatementRow(long id, long articleId, StatementKind kind, String text, String cue, int paragraph,
            int spanStart, int spanEnd, LocalDate saidOn, DatePrecision saidOnPrecision, LocalDate datedOn,
            Long eventId, String medium, String speakerRole, StatementOrigin origin, List<Long> speakerIds,
            List<Long> topicIds) {
    }

    /** One row of an actor's stance history on a topic, with the statements it rests on. */
    public record PositionRow(long id, long actorId, long topicId, Stance stance, LocalDate validFrom, String assessor,
            double confidence, String note, List<Long> evidenceIds) {
    }
}
