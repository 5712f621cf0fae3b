-- An actor's latest statements are the most asked-for list. Carrying each statement's date on its speaker links
-- lets PostgreSQL read an actor's first N statements straight off one index, instead of sorting all of them.
alter table statement_speaker add column dated_on date;

update statement_speaker ss set dated_on = s.dated_on from statement s where s.id = ss.statement_id;

alter table statement_speaker alter column dated_on set not null;

create index ix_statement_speaker_actor_dated on statement_speaker (actor_id, dated_on desc, statement_id desc);
drop index ix_statement_speaker_actor;

-- Writers may insert links with the statement only; the date then follows the statement. A writer that inserts
-- the statement in the same SQL statement cannot be looked up here, and gives the date itself.
create function statement_speaker_date() returns trigger language plpgsql as $$
begin
    if new.dated_on is null or tg_op = 'UPDATE' then
        select s.dated_on into new.dated_on from statement s where s.id = new.statement_id;
    end if;
    return new;
end $$;

create trigger statement_speaker_date before insert or update of statement_id on statement_speaker
    for each row execute function statement_speaker_date();

create function statement_date_to_speakers() returns trigger language plpgsql as $$
begin
    update statement_speaker set dated_on = new.dated_on where statement_id = new.id;
    return null;
end $$;

create trigger statement_date_to_speakers after update of dated_on on statement
    for each row when (old.dated_on is distinct from new.dated_on) execute function statement_date_to_speakers();
