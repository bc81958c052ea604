-- wrk script: requests the paths listed in the file named by the PATHS environment variable in
-- turn (each thread starts at its own offset) and counts responses that try to set a cookie.
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(os.getenv("PATHS")) do
    paths[#paths + 1] = line
  end
  index = (id * 97) % #paths
  cookies = 0
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end

function response(status, headers, body)
  if headers["Set-Cookie"] ~= nil or headers["set-cookie"] ~= nil then
    cookies = cookies + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("cookies")
  end
  io.write(string.format("RESULT rps=%.0f p50=%.2f p90=%.2f p99=%.2f errors=%d cookies=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    total))
end
