-- wrk script of bench/run.sh: every request creates one resource with a unique valid body.
--   wrk ... -s bench/create.lua URL -- BODY_FILE TAG
-- BODY_FILE is one of bench/bodies/*.json; each "@ID@" in it becomes TAG, the wrk thread and a
-- counter ("r3t2n17"), so names, acronyms and organisation ids never collide within a run. The
-- Authorization header comes from wrk's -H option.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  template = file:read("*a")
  file:close()
  tag = args[2]
  counter = 0
end

function request()
  counter = counter + 1
  local id = tag .. "t" .. thread_number .. "n" .. counter
  return wrk.format(nil, nil, nil, (template:gsub("@ID@", id)))
end
