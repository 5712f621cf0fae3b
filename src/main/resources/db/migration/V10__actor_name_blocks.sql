-- Candidate pairs for merge suggestions: actors whose names share the first four letters of their first word
-- ("Hanbit" / "Hanbit Electronics") or of their last word ("Zelensky" / "Zelenskiy").
create index actor_first_word_block on actor (lower(left(split_part(canonical_name, ' ', 1), 4)));
create index actor_last_word_block on actor (lower(left(regexp_replace(canonical_name, '^.*\s', ''), 4)));
