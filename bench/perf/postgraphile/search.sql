-- Full-text search for the PostGraphile peer, in a schema of its own so the service's schema stays as its
-- migrations leave it. Mirrors the service's searchStatements: websearch_to_tsquery('english', ...) against the
-- generated text_search column, ranked by ts_rank, ties broken by dated_on desc, id desc.
-- Idempotent; run with psql against the service's database.
set client_min_messages = warning;
create schema if not exists postgraphile_ext;

-- Not STRICT, so PostgreSQL can inline the body into the query PostGraphile builds around it.
create or replace function postgraphile_ext.search_statements(query text, "from" date, "to" date)
    returns setof public.statement
    language sql stable parallel safe
as $$
    select s.*
    from public.statement s, websearch_to_tsquery('english', query) q
    where s.text_search @@ q and s.dated_on >= "from" and s.dated_on <= "to"
    order by ts_rank(s.text_search, q) desc, s.dated_on desc, s.id desc
$$;
comment on function postgraphile_ext.search_statements(text, date, date) is
    E'@name searchStatements\nStatements matching the words (web-search syntax, English stemming) dated in [from, to], best match first.';

-- The rank of a statement for the same words, as a computed field of Statement.
create or replace function postgraphile_ext.statement_search_rank(s public.statement, query text)
    returns real
    language sql stable parallel safe
as $$
    select ts_rank(s.text_search, websearch_to_tsquery('english', query))
$$;
comment on function postgraphile_ext.statement_search_rank(public.statement, text) is
    'Relevance of the statement for the words (PostgreSQL ts_rank); higher is better.';
