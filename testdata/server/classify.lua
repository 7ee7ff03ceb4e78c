-- wrk script for POST /v1/classify with one French posting.
-- Plain wrk runs flat out (saturation); docs/performance.md uses
-- `hey -q` with posting.json for the fixed-rate figure.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"id":"perf-1","title":"Développeur Full Stack Java / Angular (H/F)","description":"Nous recherchons un développeur Java confirmé pour rejoindre notre équipe à Casablanca. Compétences : Java, Spring Boot, SQL, Angular, Git, intégration continue. Bac+5 en informatique, 3 ans d'expérience minimum. CDI, télétravail partiel."}]]
