-- DropForeignKey
ALTER TABLE "Decision" DROP CONSTRAINT "Decision_appealId_fkey";

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Appeals, the report's thread (questions and answers) and the consequences
-- recorded are history too: the app only ever adds to them. And TRUNCATE
-- fires no row triggers: every history table refuses it as it refuses
-- UPDATE and DELETE.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['Appeal', 'ReportMessage', 'Consequence'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION refusal_desk_forbid_change()', t || '_append_only', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['Decision', 'AuditEvent', 'Appeal', 'ReportMessage', 'Consequence'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION refusal_desk_forbid_change()', t || '_no_truncate', t);
  END LOOP;
END
$$;
