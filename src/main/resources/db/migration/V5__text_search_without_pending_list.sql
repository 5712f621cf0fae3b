-- A GIN index's pending list makes inserts cheaper but every search scans it until a vacuum merges it, so search
-- latency grows with what was ingested since (4 ms more per search at scale 1 with a full list). A read API wants
-- steady response times more than the last bit of ingestion speed.
alter index ix_statement_text_search set (fastupdate = off);
select gin_clean_pending_list('ix_statement_text_search'::regclass);
