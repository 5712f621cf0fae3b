-- Floor for query 2: a topic by slug, all its positions (the history: actor name, then valid_from desc, id desc),
-- each with its actor and its evidence statements (dated_on asc, id asc, at most 100 as the service caps nested
-- lists) with their articles; one statement returning the JSON of the GraphQL response's `data`.
-- pgbench script: pgbench -M prepared -D topic=<slug> -f q2.sql
\set evidence 100
select json_build_object('topicBySlug', (
    select json_build_object(
               'id', t.id::text,
               'slug', t.slug,
               'name', t.name,
               'positions', coalesce((
                   select json_agg(
                              json_build_object(
                                  'id', p.id::text,
                                  'stance', p.stance,
                                  'validFrom', p.valid_from,
                                  'confidence', p.confidence,
                                  'actor', json_build_object('id', a.id::text, 'name', a.canonical_name),
                                  'evidence', ev.list)
                              order by a.canonical_name, p.valid_from desc, p.id desc)
                   from actor_position p
                   join actor a on a.id = p.actor_id
                   cross join lateral (
                       select coalesce(json_agg(
                                  json_build_object(
                                      'id', s.id::text,
                                      'text', s.text,
                                      'datedOn', s.dated_on,
                                      'article', json_build_object('id', ar.id::text, 'headline', ar.headline))
                                  order by s.dated_on, s.id), '[]') as list
                       from (select s.id, s.text, s.dated_on, s.article_id
                             from position_evidence pe
                             join statement s on s.id = pe.statement_id
                             where pe.position_id = p.id
                             order by s.dated_on, s.id
                             limit :evidence) s
                       join article ar on ar.id = s.article_id) ev
                   where p.topic_id = t.id), '[]'))
    from topic t
    where t.slug = :topic));
