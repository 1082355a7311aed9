-- wrk script: the site's search form as a browser posts it (SAFETY.md S9: the words travel in the body).
wrk.method = "POST"
wrk.body = "q=tv%C3%A5ngs%C3%A4ktenskap"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
