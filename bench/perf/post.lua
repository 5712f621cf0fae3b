-- wrk script: POSTs the JSON request body in the file named by BODY_FILE to the URL given on the command line.
local file = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
file:close()
