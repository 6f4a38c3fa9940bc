-- Reference data every database needs (not demo data): the single
-- organisation-settings row and the reason codes reviewers choose from.
-- Admins may edit labels and definitions later; codes are stable.

INSERT INTO "OrgSettings" ("id", "reviewDeadlineHours", "retentionMonths", "updatedAt")
VALUES (1, 48, 12, now())
ON CONFLICT ("id") DO NOTHING;

INSERT INTO "DecisionReason" ("id", "code", "outcome", "labelPl", "labelEn", "definitionPl", "definitionEn", "active", "sortOrder")
VALUES
  (gen_random_uuid(), 'DOCUMENTED_AGGRESSION', 'JUSTIFIED',
   'Udokumentowana agresja klienta', 'Documented customer aggression',
   'Klient zachowywał się agresywnie (przekleństwa, groźby, przemoc lub inne nadużycia), co potwierdza opis, świadkowie lub nagranie.',
   'The customer behaved aggressively (swearing, threats, violence or other abuse), as confirmed by the account, witnesses or a recording.',
   true, 10),
  (gen_random_uuid(), 'UNLAWFUL_REQUEST', 'JUSTIFIED',
   'Żądanie niezgodne z prawem', 'Unlawful request',
   'Spełnienie żądania klienta naruszałoby przepisy prawa (np. sprzedaż alkoholu osobie niepełnoletniej, ujawnienie cudzych danych).',
   'Meeting the customer''s request would have broken the law (e.g. selling alcohol to a minor, disclosing someone else''s data).',
   true, 20),
  (gen_random_uuid(), 'WRITTEN_POLICY', 'JUSTIFIED',
   'Zgodnie z pisemną polityką firmy', 'Required by written company policy',
   'Żądanie było sprzeczne z obowiązującym, pisemnym regulaminem lub polityką firmy, a pracownik wskazał klientowi właściwy zapis.',
   'The request contradicted a written company rule or policy in force, and the employee pointed the customer to it.',
   true, 30),
  (gen_random_uuid(), 'BEYOND_AUTHORITY_REFERRED', 'JUSTIFIED',
   'Poza uprawnieniami, sprawa przekazana', 'Beyond authority, referred',
   'Decyzja wykraczała poza uprawnienia pracownika, a klient został skierowany do osoby uprawnionej lub sprawa została jej przekazana.',
   'The decision was beyond the employee''s authority, and the customer was referred, or the matter passed, to someone who has it.',
   true, 40),
  (gen_random_uuid(), 'SAFETY_RISK', 'JUSTIFIED',
   'Zagrożenie bezpieczeństwa', 'Safety risk',
   'Obsługa klienta w tej sytuacji zagrażałaby bezpieczeństwu pracowników lub innych klientów albo naruszała przepisy BHP lub przeciwpożarowe.',
   'Serving the customer in that situation would have endangered staff or other customers, or broken health, safety or fire rules.',
   true, 50),
  (gen_random_uuid(), 'CANNOT_ANSWER_WITHOUT_MISLEADING', 'JUSTIFIED',
   'Brak rzetelnej odpowiedzi bez wprowadzenia w błąd', 'Could not answer without misleading',
   'Pracownik nie miał wiedzy pozwalającej odpowiedzieć rzetelnie; odpowiedź mogłaby wprowadzić klienta w błąd, więc wskazał inne źródło.',
   'The employee lacked the knowledge to answer reliably; an answer could have misled the customer, so they pointed to another source.',
   true, 60),
  (gen_random_uuid(), 'ALLOWED_BY_POLICY', 'NOT_JUSTIFIED',
   'Polityka firmy pozwalała obsłużyć', 'Allowed by policy',
   'Regulamin lub uprawnienia pracownika pozwalały spełnić prośbę klienta, więc odmowa nie miała podstaw.',
   'The rules or the employee''s authority allowed the customer''s request, so the refusal had no basis.',
   true, 70),
  (gen_random_uuid(), 'NO_ALTERNATIVE_OFFERED', 'NOT_JUSTIFIED',
   'Nie zaproponowano alternatywy', 'No alternative offered',
   'Klientowi nie zaproponowano rozwiązania alternatywnego ani osoby, która mogłaby pomóc, choć było to możliwe.',
   'The customer was offered no alternative and no one else who could help, although that was possible.',
   true, 80),
  (gen_random_uuid(), 'REASONS_NOT_EXPLAINED', 'NOT_JUSTIFIED',
   'Nie wyjaśniono powodów odmowy', 'Reasons not explained',
   'Pracownik nie wyjaśnił klientowi jasno i uprzejmie, dlaczego odmawia obsługi.',
   'The employee did not explain to the customer, clearly and politely, why service was refused.',
   true, 90),
  (gen_random_uuid(), 'INSUFFICIENT_FACTS', 'NOT_JUSTIFIED',
   'Niewystarczające fakty', 'Insufficient facts',
   'Zebrane informacje nie pozwalają potwierdzić, że okoliczności uzasadniały odmowę obsługi.',
   'The information gathered does not establish that the circumstances justified refusing service.',
   true, 100)
ON CONFLICT ("code") DO NOTHING;
