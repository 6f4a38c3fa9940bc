// The form's own state (strings and "not chosen yet"), and its conversion to
// the shared schema's input. Pure and client-safe.
import type { AggressionKind, LegalRisk, ReportCategory } from "@/lib/generated/prisma/enums";
import type { FileReportInput } from "@/lib/reports/schema";

export interface FormValues {
  occurredAt: string;
  locationId: string;
  category: ReportCategory | "";
  aggressionKinds: AggressionKind[];
  otherCategoryText: string;
  narrative: string;
  customerRequest: string;
  reasonsExplained: boolean | null;
  reasonsExplanation: string;
  alternativeOffered: boolean | null;
  alternativeDescription: string;
  witnesses: string;
  securityCalled: boolean;
  policeCalled: boolean;
  injury: boolean;
  damage: boolean;
  injuryDamageDetails: string;
  riskBadReview: boolean;
  riskLostCustomer: boolean;
  legalRisk: LegalRisk;
  customerDescription: string;
}

export type ReportFields = Omit<FileReportInput, "idempotencyKey">;

export function emptyValues(locationId: string): FormValues {
  return {
    occurredAt: "",
    locationId,
    category: "",
    aggressionKinds: [],
    otherCategoryText: "",
    narrative: "",
    customerRequest: "",
    reasonsExplained: null,
    reasonsExplanation: "",
    alternativeOffered: null,
    alternativeDescription: "",
    witnesses: "",
    securityCalled: false,
    policeCalled: false,
    injury: false,
    damage: false,
    injuryDamageDetails: "",
    riskBadReview: false,
    riskLostCustomer: false,
    legalRisk: "NONE",
    customerDescription: "",
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as the value of <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function fromLocalInput(value: string): string | undefined {
  const date = value ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
}

/** The schema input: unanswered choices stay undefined so the schema names them. */
export function toInput(values: FormValues): ReportFields {
  const isAggression = values.category === "AGGRESSIVE_BEHAVIOUR";
  return {
    ...values,
    occurredAt: fromLocalInput(values.occurredAt) as string,
    category: (values.category || undefined) as ReportCategory,
    aggressionKinds: isAggression ? values.aggressionKinds : [],
    otherCategoryText: values.category === "OTHER" ? values.otherCategoryText : null,
    reasonsExplained: values.reasonsExplained ?? (undefined as unknown as boolean),
    alternativeOffered: values.alternativeOffered ?? (undefined as unknown as boolean),
    reasonsExplanation: values.reasonsExplained ? values.reasonsExplanation : null,
    alternativeDescription: values.alternativeOffered ? values.alternativeDescription : null,
    injuryDamageDetails: values.injury || values.damage ? values.injuryDamageDetails : null,
  };
}

type StoredReport = Omit<FormValues, "occurredAt" | keyof StoredText> &
  StoredText & { occurredAt: Date; customerDescriptionRedactedAt?: Date | null };
type StoredText = {
  otherCategoryText: string | null;
  reasonsExplanation: string | null;
  alternativeDescription: string | null;
  witnesses: string | null;
  injuryDamageDetails: string | null;
  customerDescription: string | null;
};

/**
 * The stored report as form state, for corrections (only the form's fields:
 * the schema is strict). The time stays ISO here: the browser turns it into
 * its own local time after hydration.
 */
export function valuesFromReport(report: StoredReport): FormValues {
  const text = (value: string | null) => value ?? "";
  return {
    occurredAt: report.occurredAt.toISOString(),
    locationId: report.locationId,
    category: report.category,
    aggressionKinds: report.aggressionKinds,
    otherCategoryText: text(report.otherCategoryText),
    narrative: report.narrative,
    customerRequest: report.customerRequest,
    reasonsExplained: report.reasonsExplained,
    reasonsExplanation: text(report.reasonsExplanation),
    alternativeOffered: report.alternativeOffered,
    alternativeDescription: text(report.alternativeDescription),
    witnesses: text(report.witnesses),
    securityCalled: report.securityCalled,
    policeCalled: report.policeCalled,
    injury: report.injury,
    damage: report.damage,
    injuryDamageDetails: text(report.injuryDamageDetails),
    riskBadReview: report.riskBadReview,
    riskLostCustomer: report.riskLostCustomer,
    legalRisk: report.legalRisk,
    // Retention replaced it with a marker: the field starts empty, and the server keeps it removed.
    customerDescription: report.customerDescriptionRedactedAt ? "" : text(report.customerDescription),
  };
}

/** A UUID for the idempotency key, also where crypto.randomUUID is missing (plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
