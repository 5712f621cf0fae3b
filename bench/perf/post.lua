-- wrk script: POSTs the JSON request body in the file named by BODY_FILE to the URL given on the command line,
-- and counts the answers that carry GraphQL errors (they come with status 200, so wrk would count them as fine).
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
file:close()

local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    graphql_errors = 0
end

function response(status, headers, body)
    if body and body:find('"errors"', 1, true) then
        graphql_errors = graphql_errors + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("graphql_errors")
    end
    io.write(string.format("GraphQL errors: %d\n", total))
end
