-- Which rule of the extractor chose a statement's speakers, and how far to trust it: the share of statements that
-- rule attributed rightly on hand-annotated news it was not written against. Null for statements editors recorded.
alter table statement
    add column speaker_rule           varchar(120),
    add column attribution_confidence double precision
        constraint ck_statement_attribution_confidence check (attribution_confidence between 0 and 1),
    -- Below 0.8 the speakers are shown as doubtful until an editor sets them.
    add column speaker_doubtful       boolean generated always as (attribution_confidence < 0.8) stored;

create index ix_statement_doubtful on statement (article_id) where speaker_doubtful;
