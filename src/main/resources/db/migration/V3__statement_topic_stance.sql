-- The stance each statement takes on each topic it is tagged with, as the stance assessor judged it. Positions are
-- recomputed from these stored judgements, so an ingestion reads the text of its new statements only, however many
-- statements an actor has made on a topic before. Null until assessed; stance_version tells which rules judged it,
-- so a change of rules has older judgements made again.
alter table statement_topic
    add column stance            varchar(10),
    add column stance_confidence double precision,
    add column stance_cues       text[],
    add column stance_version    smallint,
    add constraint ck_statement_topic_stance check (stance in ('SUPPORTS', 'OPPOSES', 'MIXED', 'NEUTRAL')),
    add constraint ck_statement_topic_stance_confidence check (stance_confidence >= 0 and stance_confidence <= 1);
