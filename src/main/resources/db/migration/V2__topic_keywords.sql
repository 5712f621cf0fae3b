-- Phrases that mark a statement as being about a topic; ingestion tags extracted statements with them.
alter table topic add column keywords text[] not null default '{}';
