-- wrk script for scripts/bench-web.sh's "varied" mode: every request asks the next path of a list (one path a
-- line, already URL-encoded), each thread starting at its own place, so a benchmark of one page kind measures
-- many different addresses and not the output cache's answer to one.
-- Usage: wrk -s bench-web-rotate.lua <url> -- <paths file> [suffix]
-- The optional suffix (e.g. "warm=1") is appended to the query string: a warm-up over the same pages under
-- other cache keys. done() prints one line: "rotate p50_ms p95_ms requests non_2xx_or_errors seconds".

local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

local paths = {}
local position = 0
local suffix = nil

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then
      table.insert(paths, line)
    end
  end
  suffix = args[2]
  -- Spread the threads over the list (bench-web.sh runs wrk with two): thread k starts k/2 of the way in.
  position = math.floor((id or 0) * #paths / 2)
end

function request()
  position = position + 1
  local path = paths[(position % #paths) + 1]
  if suffix ~= nil and suffix ~= "" then
    path = path .. (string.find(path, "?", 1, true) and "&" or "?") .. suffix
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("rotate %.1f %.1f %d %d %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.requests, errors, summary.duration / 1e6))
end
