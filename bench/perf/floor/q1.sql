-- Floor for query 1: the first 50 actors by name, each with its 20 latest statements (dated_on desc, id desc),
-- each statement with its event, article and speakers; one statement returning the JSON of the GraphQL
-- response's `data`. pgbench script (pgbench -M prepared -f q1.sql); the same orders as the service.
\set actors 50
\set statements 20
select json_build_object('actors', json_build_object('nodes', coalesce(json_agg(
           json_build_object(
               'id', a.id::text,
               'name', a.canonical_name,
               'statements', st.list)
           order by a.sort_name, a.id), '[]')))
from (select id, canonical_name, lower(canonical_name) as sort_name
      from actor
      order by lower(canonical_name), id
      limit :actors) a
cross join lateral (
    select coalesce(json_agg(
               json_build_object(
                   'id', s.id::text,
                   'text', s.text,
                   'kind', s.kind,
                   'datedOn', s.dated_on,
                   'event', case when e.id is not null then
                       json_build_object('id', e.id::text, 'name', e.name, 'startsOn', e.start_date) end,
                   'article', json_build_object('id', ar.id::text, 'headline', ar.headline, 'outlet', ar.outlet,
                                                'publishedOn', ar.published_on),
                   'speakers', sp.list)
               order by s.dated_on desc, s.id desc), '[]') as list
    from (select s.id, s.text, s.kind, s.dated_on, s.article_id, s.event_id
          from statement_speaker ss
          join statement s on s.id = ss.statement_id
          where ss.actor_id = a.id
          -- the link carries its statement's date (migration V4), so this reads off the link's index
          order by ss.dated_on desc, ss.statement_id desc
          limit :statements) s
    join article ar on ar.id = s.article_id
    left join event e on e.id = s.event_id
    cross join lateral (
        select json_agg(json_build_object('id', p.id::text, 'name', p.canonical_name)
                        order by p.canonical_name, p.id) as list
        from statement_speaker sp
        join actor p on p.id = sp.actor_id
        where sp.statement_id = s.id) sp
) st;
