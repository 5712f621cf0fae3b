-- Stances are published only once they can be relied on. The extractor's positions are suggestions until an editor
-- confirms or rejects them; an editor's own positions are confirmed when recorded. `published` is what the default
-- views show: confirmed positions, and suggestions whose calibrated confidence reached the publishing threshold
-- when they were assessed.

-- What each side of a topic claims: the assessor judges a statement against these.
alter table topic
    add column pro_claims text[] not null default '{}',
    add column con_claims text[] not null default '{}';

alter table actor_position
    add column review_state  varchar(10) not null default 'SUGGESTED',
    add column published     boolean     not null default false,
    add column reviewed_by   varchar(200),
    add column reviewed_at   timestamptz,
    add column review_note   text,
    -- The evidence as "article id:span start:span end": statements are replaced when an article is extracted again,
    -- so a decision remembers its evidence by place, and a rejected suggestion on the same evidence stays rejected.
    add column evidence_spans text[] not null default '{}',
    add constraint ck_position_review_state check (review_state in ('SUGGESTED', 'CONFIRMED', 'REJECTED')),
    add constraint ck_position_review_signed check (review_state = 'SUGGESTED' or reviewed_by is not null);

update actor_position
set review_state = 'CONFIRMED', published = true, reviewed_by = assessor, reviewed_at = recorded_at
where assessor <> 'extractor';

update actor_position p
set evidence_spans = coalesce((select array_agg(s.article_id || ':' || s.span_start || ':' || s.span_end order by s.id)
                               from position_evidence pe join statement s on s.id = pe.statement_id
                               where pe.position_id = p.id), '{}');

-- The review queue reads suggestions by pair.
create index ix_position_suggested on actor_position (actor_id, topic_id) where review_state = 'SUGGESTED';

-- A pair's current position: a confirmed one takes precedence over suggestions (while an editor has assessed or
-- confirmed the pair, suggestions on it are history, however recent); otherwise the latest. Rejected ones never
-- count. Two visibilities: what is published, and everything not rejected (`includeSuggested`).
drop view current_position;
drop view latest_position_by_assessor;

create view current_position as
select p.*
from actor_position p
where p.published
  and not exists (
    select 1 from actor_position later
    where later.actor_id = p.actor_id
      and later.topic_id = p.topic_id
      and later.published
      and ((later.review_state = 'CONFIRMED' and p.review_state <> 'CONFIRMED')
        or ((later.review_state = 'CONFIRMED') = (p.review_state = 'CONFIRMED')
            and (later.valid_from > p.valid_from or (later.valid_from = p.valid_from and later.id > p.id)))));

create view current_position_with_suggestions as
select p.*
from actor_position p
where p.review_state <> 'REJECTED'
  and not exists (
    select 1 from actor_position later
    where later.actor_id = p.actor_id
      and later.topic_id = p.topic_id
      and later.review_state <> 'REJECTED'
      and ((later.review_state = 'CONFIRMED' and p.review_state <> 'CONFIRMED')
        or ((later.review_state = 'CONFIRMED') = (p.review_state = 'CONFIRMED')
            and (later.valid_from > p.valid_from or (later.valid_from = p.valid_from and later.id > p.id)))));

-- Each assessor's latest position on each actor and topic: what "current" means once a reader names the assessor.
create view latest_position_by_assessor as
select p.*
from actor_position p
where p.published
  and not exists (
    select 1 from actor_position later
    where later.actor_id = p.actor_id
      and later.topic_id = p.topic_id
      and later.assessor = p.assessor
      and later.published
      and (later.valid_from > p.valid_from or (later.valid_from = p.valid_from and later.id > p.id)));

create view latest_position_by_assessor_with_suggestions as
select p.*
from actor_position p
where p.review_state <> 'REJECTED'
  and not exists (
    select 1 from actor_position later
    where later.actor_id = p.actor_id
      and later.topic_id = p.topic_id
      and later.assessor = p.assessor
      and later.review_state <> 'REJECTED'
      and (later.valid_from > p.valid_from or (later.valid_from = p.valid_from and later.id > p.id)));
