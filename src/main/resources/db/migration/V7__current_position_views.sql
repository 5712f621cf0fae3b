-- Which positions are current, written once for every reader (the resolvers and the compiled read path).
-- Both are plain views over actor_position, so PostgreSQL inlines them into the queries that read them: the
-- "no later position" test stays an anti-join on the pair's index, as it was when each query spelt it out.

-- The current position of each actor on each topic: no later one for the pair, an editor's assessment taking
-- precedence (while an editor has assessed the pair, the extractor's positions on it are history, however recent).
create view current_position as
select p.*
from actor_position p
where not exists (
    select 1 from actor_position later
    where later.actor_id = p.actor_id
      and later.topic_id = p.topic_id
      and ((p.assessor = 'extractor' and later.assessor <> 'extractor')
        or (((p.assessor = 'extractor' and later.assessor = 'extractor')
             or (p.assessor <> 'extractor' and later.assessor <> 'extractor'))
            and (later.valid_from > p.valid_from or (later.valid_from = p.valid_from and later.id > p.id)))));

-- Each assessor's latest position on each actor and topic: what "current" means once a reader names the assessor.
create view latest_position_by_assessor as
select p.*
from actor_position p
where not exists (
    select 1 from actor_position later
    where later.actor_id = p.actor_id
      and later.topic_id = p.topic_id
      and later.assessor = p.assessor
      and (later.valid_from > p.valid_from or (later.valid_from = p.valid_from and later.id > p.id)));
