-- wrk script for bench/run.sh: every request creates one draft project (POST /api/solidarity/projects).
-- The Authorization header comes from wrk's -H option; the body is a valid application.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"title":"Solar dryers","summary":"Drying fruit","beneficiaryCountry":"MG",'
  .. '"localPartners":[{"name":"Coop","country":"MG","agreementSigned":true}],'
  .. '"sdgs":[2,7],"dacSectors":["31194"],"startDate":"2027-06-01","endDate":"2028-06-01",'
  .. '"hasAwarenessAction":false,"involvesInternationalVolunteers":false,'
  .. '"budget":{"eligibleCosts":20000,"ownFunds":2000,"requestedGrant":10000,'
  .. '"coFunders":[{"name":"Fondation","amount":8000,"status":"committed"}]}}'
