import { signInAll } from "./session.ts";
import { BENCH_PASSWORD, EMPLOYEES, employeeEmail } from "./seed-rows.ts";
import { reportInput } from "./figures/p1-filing.ts";
const url = "http://localhost:3299";
const people = Array.from({ length: 50 }, (_, k) => (k * 101) % EMPLOYEES);
const cookies = await signInAll(url, people.map(employeeEmail), BENCH_PASSWORD);
let n = 0, errs = 0; const end = Date.now() + 20000;
await Promise.all(cookies.map(async (cookie, k) => { while (Date.now() < end) { const r = await fetch(`${url}/api/reports`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify(reportInput(people[k])) }); await r.text(); if (r.status === 201) n++; else errs++; } }));
console.log("filed/s", n / 20, "errors", errs);
