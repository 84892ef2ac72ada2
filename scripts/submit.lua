-- wrk script for `scripts/load-test.sh`: POST /v1/requests, cycling through one JSON
-- request body per line of $BODIES, with the API key in $KEY.
local bodies = {}
local index = 0

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    bodies[#bodies + 1] = line
  end
  -- Each wrk thread starts at a different place, so threads do not submit in step.
  index = math.random(#bodies)
end

function request()
  index = index % #bodies + 1
  return wrk.format("POST", "/v1/requests", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. os.getenv("KEY"),
  }, bodies[index])
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format(
    '{"requests": %d, "seconds": %.2f, "requestsPerSecond": %.1f, "p50Milliseconds": %.2f, '
      .. '"p90Milliseconds": %.2f, "p99Milliseconds": %.2f, "maxMilliseconds": %.2f, "errors": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors))
end
