-- wrk: POST /webhooks/twilio/sms with bodies signed beforehand (HttpLoad.java sign), each
-- from another number and with another message id, read from the file in $TWILIO_REQUESTS.
local bodies, signatures, next = {}, {}, 0
for line in io.lines(os.getenv("TWILIO_REQUESTS")) do
  local body, signature = line:match("^(.-)\t(.*)$")
  bodies[#bodies + 1] = body
  signatures[#signatures + 1] = signature
end
request = function()
  next = next % #bodies + 1
  return wrk.format("POST", "/webhooks/twilio/sms", {["Content-Type"] = "application/x-www-form-urlencoded",
    ["X-Twilio-Signature"] = signatures[next]}, bodies[next])
end
