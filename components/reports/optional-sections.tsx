import { findPersonalData } from "@/lib/reports/pii";
import { LEGAL_RISKS, LIMITS } from "@/lib/reports/fields";
import { Checkbox, Section, TextField, inputClassName } from "./form-fields";
import type { FormValues } from "./form-values";
import type { ReportFormText } from "./report-form-text";
import { fill } from "@/lib/i18n/fill";

/** The report's optional parts, folded away so the typical path stays short. */
export function OptionalSections({
  values,
  set,
  errorOf,
  text: f,
  customerDescriptionRemoved,
}: {
  values: FormValues;
  set: <K extends keyof FormValues>(field: K, value: FormValues[K]) => void;
  errorOf: (field: string) => string | null;
  text: ReportFormText["form"];
  /** Retention removed it: nothing typed there would be stored. */
  customerDescriptionRemoved: boolean;
}) {
  const counter = (value: string, max: number) => fill(f.counter, { count: value.length, max });
  const pii = findPersonalData(values.customerDescription);
  return (
    <>
        <Section title={f.circumstances} open={Boolean(values.witnesses || values.securityCalled || values.policeCalled || values.injury || values.damage)}>
          <TextField id="witnesses" label={f.witnesses} hint={f.witnessesHint} value={values.witnesses} onChange={(v) => set("witnesses", v)} maxLength={LIMITS.witnesses} error={errorOf("witnesses")} />
          <div className="flex flex-col">
            <Checkbox id="securityCalled" label={f.securityCalled} checked={values.securityCalled} onChange={(v) => set("securityCalled", v)} />
            <Checkbox id="policeCalled" label={f.policeCalled} checked={values.policeCalled} onChange={(v) => set("policeCalled", v)} />
            <Checkbox id="injury" label={f.injury} checked={values.injury} onChange={(v) => set("injury", v)} />
            <Checkbox id="damage" label={f.damage} checked={values.damage} onChange={(v) => set("damage", v)} />
          </div>
          {values.injury || values.damage ? (
            <TextField id="injuryDamageDetails" label={f.injuryDamageDetails} multiline rows={2} value={values.injuryDamageDetails} onChange={(v) => set("injuryDamageDetails", v)} maxLength={LIMITS.injuryDamageDetails} error={errorOf("injuryDamageDetails")} />
          ) : null}
        </Section>

        <Section title={f.risks} open={Boolean(values.riskBadReview || values.riskLostCustomer || values.legalRisk !== "NONE")}>
          <Checkbox id="riskBadReview" label={f.riskBadReview} checked={values.riskBadReview} onChange={(v) => set("riskBadReview", v)} />
          <Checkbox id="riskLostCustomer" label={f.riskLostCustomer} checked={values.riskLostCustomer} onChange={(v) => set("riskLostCustomer", v)} />
          <div className="flex flex-col gap-1">
            <label htmlFor="legalRisk" className="font-medium">{f.legalRisk}</label>
            <select id="legalRisk" value={values.legalRisk} onChange={(e) => set("legalRisk", e.target.value as FormValues["legalRisk"])} className={inputClassName}>
              {LEGAL_RISKS.map((risk) => (
                <option key={risk} value={risk}>{f.legalRiskOptions[risk]}</option>
              ))}
            </select>
          </div>
        </Section>

        <Section title={f.customer} open={customerDescriptionRemoved || Boolean(values.customerDescription) || Boolean(errorOf("customerDescription"))}>
          {customerDescriptionRemoved ? (
            <p data-testid="customer-description-removed" className="text-sm text-slate-700">{f.customerDescriptionRemoved}</p>
          ) : (
            <TextField
              id="customerDescription"
              label={f.customerDescription}
              hint={f.customerDescriptionHint}
              multiline
              rows={2}
              value={values.customerDescription}
              onChange={(v) => set("customerDescription", v)}
              maxLength={LIMITS.customerDescription}
              counter={counter(values.customerDescription, LIMITS.customerDescription)}
              error={errorOf("customerDescription")}
            >
              {pii.length ? (
                <p role="status" data-testid="pii-warning" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300">
                  {fill(f.piiWarning, { kinds: pii.map((kind) => f.piiKinds[kind]).join(", ") })}
                </p>
              ) : null}
            </TextField>
          )}
        </Section>
    </>
  );
}
