-- wrk script: POST /api/v1/analyze with residents' real texts, one after another from the file
-- REAL_TEXTS names (one JSON request body a line, written by load.sh real), so every request
-- in a run of fewer requests than lines carries a different text.
local bodies = {}
for line in io.lines(os.getenv("REAL_TEXTS")) do bodies[#bodies + 1] = line end
local next_body = 0
request = function()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/api/v1/analyze", {["Content-Type"] = "application/json"}, bodies[next_body])
end
