-- wrk: POST /api/v1/analyze with a different message every time (a random number and
-- place in one of a dozen resident-style templates), so no cache can help.
local places = {"main st", "5th ave", "elm st", "harbor road", "pine and 3rd", "maple ave", "college street", "the library"}
local messages = {"a pothole swallowed my tire on %d %s", "what night is recycling on %s",
  "someone dumped a couch by %d %s", "the street light at %d %s keeps flickering",
  "how much is a residential parking permit on %s", "barking dog all night at %d %s",
  "where do i drop off old batteries near %s", "graffiti on the wall of %d %s",
  "is the pool near %s open on sundays", "the sidewalk is cracked and lifting at %d %s",
  "who do i call about a dead tree on %s", "car blocking my driveway at %d %s since monday"}
math.randomseed(os.time())
request = function()
  local template = messages[math.random(#messages)]
  local place = places[math.random(#places)]
  local text = template:find("%%d") and string.format(template, math.random(1, 9999), place) or string.format(template, place)
  return wrk.format("POST", "/api/v1/analyze", {["Content-Type"] = "application/json"}, '{"text":"' .. text .. '"}')
end
