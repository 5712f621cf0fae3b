# What bench/perf/run.sh and bench/perf/ab.sh share: the data set, the query parameters chosen from it, and the
# request bodies. Sourced, after setting work, pg_data, pg_port, database, jdbc_url and defining log and sql.

# perf_data SCALE SEED REUSE: starts the private cluster with the scale's data set, generating it unless REUSE is
# true and the cluster already holds that scale and seed; sets generate_seconds when it generates.
perf_data() {
    local scale="$1" seed="$2" reuse="$3" marker="$pg_data/stancegraph-data"
    if [ "$reuse" = true ] && [ "$(cat "$marker" 2> /dev/null)" = "scale=$scale seed=$seed" ]; then
        log "Reusing the scale-$scale data set (seed $seed)"
        bench/perf/postgres.sh start "$pg_data" "$pg_port"
        return
    fi
    rm -rf "$pg_data"
    bench/perf/postgres.sh start "$pg_data" "$pg_port"
    psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -c "create database $database"
    log "Generating the scale-$scale data set (seed $seed)"
    local started
    started=$(date +%s)
    bin/stancegraph generate --url "$jdbc_url" --user postgres --scale "$scale" --seed "$seed"
    generate_seconds=$(( $(date +%s) - started ))
    echo "scale=$scale seed=$seed" > "$marker"
}

# perf_parameters: sets speaker (the most quoted), topic (that speaker's most used), from and to (a one-year window)
# and phrase (the search).
perf_parameters() {
    read -r speaker topic < <(sql "select ss.actor_id, t.slug from statement_speaker ss
        join statement_topic st on st.statement_id = ss.statement_id join topic t on t.id = st.topic_id
        where ss.actor_id = (select actor_id from statement_speaker group by actor_id order by count(*) desc, actor_id limit 1)
        group by ss.actor_id, t.slug order by count(*) desc, t.slug limit 1" | tr '|' ' ')
    read -r from to < <(sql "select min(dated_on), min(dated_on) + 365 from statement" | tr '|' ' ')
    phrase="${PERF_SEARCH_PHRASE:-security guarantee}"
}

render() { # server, query [cursor] -> request body file with the parameters filled in
    local target="$work/bodies/$1/$2.json"
    mkdir -p "$(dirname "$target")"
    sed -e "s/__TOPIC__/$topic/g" -e "s/__SPEAKER__/$speaker/g" \
        -e "s/__FROM__/$from/g" -e "s/__TO__/$to/g" -e "s/__SEARCH__/$phrase/g" -e "s/__CURSOR__/${3:-}/g" \
        "bench/perf/queries/$1/$2.json" > "$target"
    echo "$target"
}

end_cursor() { # response on stdin -> the connection's end cursor, whatever its field name
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const find=o=>{if(o&&typeof o==="object"){
        if(o.endCursor)return o.endCursor;for(const v of Object.values(o)){const c=find(v);if(c)return c}}};
        const c=find(JSON.parse(s).data);if(!c){console.error("no endCursor in "+s.slice(0,300));process.exit(1)}
        process.stdout.write(c)})'
}
