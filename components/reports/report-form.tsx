"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import type { AggressionKind } from "@/lib/generated/prisma/enums";
import { editReportAction, fileReportAction } from "@/lib/reports/actions";
import { AGGRESSION_KINDS, CATEGORIES, LIMITS } from "@/lib/reports/fields";
import { useFocusBackAfter } from "@/components/ui/focus-back";
import { useFocusFirstInvalidField } from "@/components/ui/focus-first-invalid";
import { clearDraft, loadDraft, saveDraft } from "./draft-storage";
import { EvidencePicker, uploadEvidence } from "./evidence-picker";
import { Checkbox, FieldError, Section, TextField, YesNo, inputClassName } from "./form-fields";
import { emptyValues, newIdempotencyKey, toInput, toLocalInput, type FormValues } from "./form-values";
import { FiledConfirmation } from "./filed-confirmation";
import { OptionalSections } from "./optional-sections";
import type { ReportFormText } from "./report-form-text";
import { fill } from "@/lib/i18n/fill";

type Mode =
  | { kind: "new" }
  | { kind: "edit"; reportId: string; version: number; number: string; values: FormValues; customerDescriptionRemoved: boolean };
type Errors = Record<string, string[] | undefined>;
type Failure =
  | { kind: "network" | "failed" | "conflict" | "notFound" | "unauthenticated" }
  // The key was used before for a report with other content: that report is filed, the changes are not.
  | { kind: "filedWithOtherContent"; number: string }
  | null;

/** The one client component of /reports/new (and of corrections). */
const loadSchema = () => import("@/lib/reports/schema");

// Its text comes formatted from the server (reportFormText): no next-intl code in the browser.
export function ReportForm(props: { userId: string; locations: { id: string; name: string }[]; mode: Mode; text: ReportFormText }) {
  const { userId, locations, mode, text } = props;
  const f = text.form;
  const router = useRouter();
  const isNew = mode.kind === "new";
  const [values, setValues] = useState<FormValues>(() => (isNew ? emptyValues(locations[0]?.id ?? "") : mode.values));
  const [key, setKey] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [restored, setRestored] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  // Counts failed submits: `errors` itself also changes as fields are corrected, which must not move the focus.
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [failure, setFailure] = useState<Failure>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [filed, setFiled] = useState<{ number: string; failedUploads: string[] } | null>(null);
  // Filed, files still on their way: the draft is gone and must not be saved again.
  const [uploading, setUploading] = useState(false);
  const [pending, startTransition] = useTransition();
  // A failed send (no connection, a conflict) gives the focus back to the send button it took it from.
  const rememberFocus = useFocusBackAfter(pending);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalidField(formRef, failedSubmits);
  // The key as soon as it is made: two submits in the same instant (before
  // the state holds it) must send one key, or they would file two reports.
  const keyRef = useRef<string | null>(null);

  // Browser-only state after hydration: the saved draft, or "now" as the time.
  useEffect(() => {
    if (!isNew) {
      setValues((current) => ({ ...current, occurredAt: toLocalInput(new Date(current.occurredAt)) }));
      return;
    }
    const draft = loadDraft(userId);
    if (draft) {
      const defaults = emptyValues(locations[0]?.id ?? "");
      const saved = { ...defaults, ...draft.values };
      // A location archived or left since the draft was saved: with one
      // location the form shows that one's name and offers no choice, so the
      // stale id would be sent unseen and refused on every submit.
      if (!locations.some((location) => location.id === saved.locationId)) saved.locationId = defaults.locationId;
      setValues(saved);
      setKey(draft.idempotencyKey);
      setRestored(true);
      setDirty(true);
    } else {
      setValues((current) => ({ ...current, occurredAt: current.occurredAt || toLocalInput(new Date()) }));
    }
  }, [isNew, userId, locations]);

  useEffect(() => {
    if (isNew && dirty && !filed && !uploading) saveDraft(userId, { values, idempotencyKey: key });
  }, [isNew, dirty, filed, uploading, userId, values, key]);

  // The zod schema (the largest part of this page's JS) is not needed to show
  // the form: it loads once the page is idle, before anyone can submit.
  useEffect(() => {
    const load = () => void loadSchema();
    if ("requestIdleCallback" in window) requestIdleCallback(load);
    else setTimeout(load, 200);
  }, []);

  function set<K extends keyof FormValues>(field: K, value: FormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setDirty(true);
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  const message = (keys: string[] | undefined) => {
    const first = keys?.[0];
    if (!first) return null;
    return text.errors[first.replace(/^errors\./, "")] ?? text.errors.invalid;
  };
  const errorOf = (field: string) => message(errors[field]);

  function fail(found: Errors) {
    setErrors(found);
    setFailedSubmits((count) => count + 1);
  }

  async function submit(event?: React.FormEvent) {
    event?.preventDefault();
    setFailure(null);
    const idempotencyKey = (keyRef.current ??= key ?? newIdempotencyKey());
    if (!key) setKey(idempotencyKey);
    const input = toInput(values);
    const { editReportSchema, fileReportSchema } = await loadSchema();
    const parsed = isNew
      ? fileReportSchema.safeParse({ ...input, idempotencyKey })
      : editReportSchema.safeParse({ ...input, reportId: mode.reportId, expectedVersion: mode.version });
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) (found[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
      return fail(found);
    }
    // Keep the draft with its key before the request: a dropped connection loses nothing.
    if (isNew) saveDraft(userId, { values, idempotencyKey });
    rememberFocus();
    startTransition(async () => {
      try {
        const result = isNew
          ? await fileReportAction({ ...input, idempotencyKey })
          : await editReportAction({ ...input, reportId: mode.reportId, expectedVersion: mode.version });
        if (!result.ok) {
          if (result.code === "validation" && result.fieldErrors) {
            // The server keys nested issues by their path ("aggressionKinds.0"): show them on the field.
            const found: Errors = {};
            for (const [path, list] of Object.entries(result.fieldErrors)) (found[path.split(".")[0]] ??= []).push(...list);
            return fail(found);
          }
          const filedAs = result.message === "errors.filedWithOtherContent" ? result.details?.number : undefined;
          // The draft stays as typed in every case: nothing here was stored.
          if (filedAs) setFailure({ kind: "filedWithOtherContent", number: filedAs });
          else if (result.code === "unauthenticated") setFailure({ kind: "unauthenticated" });
          else setFailure({ kind: result.code === "conflict" ? "conflict" : result.code === "not_found" ? "notFound" : "failed" });
          return;
        }
        if (!isNew) {
          router.push(`/reports/${encodeURIComponent(mode.number)}?saved=1`);
          return;
        }
        const number = (result.data as { number: string }).number;
        // Filed: the draft goes now, not after the uploads. A phone closed
        // during a long upload would otherwise restore a report already filed.
        setUploading(true);
        clearDraft(userId);
        const failedUploads = files.length ? await uploadEvidence(number, files) : [];
        setFiled({ number, failedUploads });
      } catch {
        setFailure({ kind: "network" });
      }
    });
  }

  function startOver() {
    clearDraft(userId);
    setValues({ ...emptyValues(locations[0]?.id ?? ""), occurredAt: toLocalInput(new Date()) });
    setKey(null);
    keyRef.current = null;
    setFiles([]);
    setErrors({});
    setFailure(null);
    setRestored(false);
    setDirty(false);
    setUploading(false);
    setFiled(null);
  }

  if (filed) return <FiledConfirmation number={filed.number} failedUploads={filed.failedUploads} onAnother={startOver} text={text} />;

  const counter = (value: string, max: number) => fill(f.counter, { count: value.length, max });
  const hasErrors = Object.values(errors).some((list) => list?.length);
  const yesNo = { yes: f.yes, no: f.no };
  const failureText = (failure: NonNullable<Failure>) => {
    switch (failure.kind) {
      case "network":
        return f.networkError;
      case "failed":
        return f.failed;
      case "filedWithOtherContent":
        return fill(text.errors.filedWithOtherContent, { number: failure.number });
      case "unauthenticated":
        // A new report's draft is on this device and is restored after signing in; a correction is not kept.
        return isNew ? f.sessionExpired : text.errors.unauthenticated;
      default:
        return text.errors[failure.kind];
    }
  };
  const here = isNew ? "/reports/new" : `/reports/${encodeURIComponent(mode.number)}/edit`;
  const linkClassName = "w-fit rounded-md bg-amber-800 px-4 py-2 font-semibold text-white";

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-5" aria-describedby="report-form-status">
      <div id="report-form-status" aria-live="polite" className="flex flex-col gap-2 empty:hidden">
        {restored ? (
          <p className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-brand-50 px-3 py-2 text-sm ring-1 ring-brand-600/30">
            {f.draftRestored}
            <button type="button" onClick={startOver} className="min-h-9 font-medium text-brand-700 underline underline-offset-4">
              {f.discardDraft}
            </button>
          </p>
        ) : null}
        {hasErrors ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200">
            {/* "What you typed has been kept" only once something was typed (or a correction's report loaded). */}
            {dirty || !isNew ? f.fixErrors : f.fixErrorsEmpty}
          </p>
        ) : null}
        {failure ? (
          <div role="alert" className="flex flex-col gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-300">
            <p>{failureText(failure)}</p>
            {failure.kind === "network" || failure.kind === "failed" ? (
              <button type="button" onClick={() => submit()} className={linkClassName}>
                {f.resend}
              </button>
            ) : null}
            {failure.kind === "filedWithOtherContent" ? (
              <div className="flex flex-wrap items-center gap-3">
                <a href={`/reports/${encodeURIComponent(failure.number)}`} className={linkClassName}>
                  {fill(f.openFiled, { number: failure.number })}
                </a>
                {/* The way out when the changes are not wanted: a clean form with a new key. */}
                <button type="button" onClick={startOver} className="min-h-9 font-medium text-amber-900 underline underline-offset-4">
                  {f.discardDraft}
                </button>
              </div>
            ) : null}
            {failure.kind === "unauthenticated" ? (
              <a href={`/signin?callbackUrl=${encodeURIComponent(here)}`} className={linkClassName}>
                {f.signInAgain}
              </a>
            ) : null}
          </div>
        ) : null}
      </div>

      <fieldset className="flex flex-col gap-3" aria-describedby={errorOf("category") ? "category-error" : undefined}>
        <legend className="mb-1 font-medium">
          {f.category}
          <span aria-hidden="true"> *</span>
        </legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {CATEGORIES.map((category, index) => (
            <label
              key={category}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 bg-white px-3 py-2.5 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600"
            >
              <input
                type="radio"
                name="category"
                id={index === 0 ? "category" : undefined}
                value={category}
                checked={values.category === category}
                onChange={() => set("category", category)}
                required
                aria-invalid={Boolean(errorOf("category"))}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <span className="flex flex-col">
                <span className="font-medium">{text.category[category]}</span>
                <span className="text-sm text-slate-600">{text.categoryHint[category]}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="category" error={errorOf("category")} />
        {values.category === "AGGRESSIVE_BEHAVIOUR" ? (
          // The error is the group's (none chosen): each box carries the mark and the message, as a
          // group cannot be announced as invalid; the focus goes to the first box.
          <fieldset className="flex flex-col gap-1 rounded-lg bg-white p-3 ring-1 ring-slate-200">
            <legend className="px-1 font-medium">
              {f.aggressionKinds}
              <span aria-hidden="true"> *</span>
            </legend>
            {AGGRESSION_KINDS.map((kind, index) => (
              <Checkbox
                key={kind}
                id={index === 0 ? "aggressionKinds" : `aggression-${kind}`}
                label={text.aggression[kind]}
                checked={values.aggressionKinds.includes(kind)}
                errorId={errorOf("aggressionKinds") ? "aggressionKinds-error" : undefined}
                onChange={(checked) =>
                  set("aggressionKinds", checked ? [...values.aggressionKinds, kind] : values.aggressionKinds.filter((k: AggressionKind) => k !== kind))
                }
              />
            ))}
            <FieldError id="aggressionKinds" error={errorOf("aggressionKinds")} />
          </fieldset>
        ) : null}
        {values.category === "OTHER" ? (
          <TextField id="otherCategoryText" label={f.otherCategoryText} required value={values.otherCategoryText} onChange={(v) => set("otherCategoryText", v)} maxLength={LIMITS.otherCategoryText} error={errorOf("otherCategoryText")} />
        ) : null}
      </fieldset>

      <TextField
        id="narrative"
        label={f.narrative}
        hint={f.narrativeHint}
        required
        multiline
        rows={4}
        value={values.narrative}
        onChange={(v) => set("narrative", v)}
        maxLength={LIMITS.narrative.max}
        counter={counter(values.narrative, LIMITS.narrative.max)}
        error={errorOf("narrative")}
      />
      <TextField
        id="customerRequest"
        label={f.customerRequest}
        required
        multiline
        rows={2}
        value={values.customerRequest}
        onChange={(v) => set("customerRequest", v)}
        maxLength={LIMITS.customerRequest.max}
        counter={counter(values.customerRequest, LIMITS.customerRequest.max)}
        error={errorOf("customerRequest")}
      />

      <YesNo id="reasonsExplained" legend={f.reasonsExplained} value={values.reasonsExplained} onChange={(v) => set("reasonsExplained", v)} labels={yesNo} error={errorOf("reasonsExplained")} />
      {values.reasonsExplained ? (
        <TextField id="reasonsExplanation" label={f.reasonsExplanation} value={values.reasonsExplanation} onChange={(v) => set("reasonsExplanation", v)} maxLength={LIMITS.explanation} error={errorOf("reasonsExplanation")} />
      ) : null}
      <YesNo id="alternativeOffered" legend={f.alternativeOffered} value={values.alternativeOffered} onChange={(v) => set("alternativeOffered", v)} labels={yesNo} error={errorOf("alternativeOffered")} />
      {values.alternativeOffered ? (
        <TextField id="alternativeDescription" label={f.alternativeDescription} value={values.alternativeDescription} onChange={(v) => set("alternativeDescription", v)} maxLength={LIMITS.explanation} error={errorOf("alternativeDescription")} />
      ) : null}

      <Section title={f.whenWhere} open={Boolean(errorOf("occurredAt") || errorOf("locationId"))}>
        <TextField id="occurredAt" type="datetime-local" label={f.occurredAt} required value={values.occurredAt} onChange={(v) => set("occurredAt", v)} error={errorOf("occurredAt")} />
        {locations.length > 1 ? (
          <div className="flex flex-col gap-1">
            <label htmlFor="locationId" className="font-medium">{f.location}</label>
            <select id="locationId" value={values.locationId} onChange={(e) => set("locationId", e.target.value)} className={inputClassName} aria-invalid={Boolean(errorOf("locationId"))} aria-describedby={errorOf("locationId") ? "locationId-error" : undefined}>
              {locations.map((location) => (
                <option key={location.id} value={location.id}>{location.name}</option>
              ))}
            </select>
            <FieldError id="locationId" error={errorOf("locationId")} />
          </div>
        ) : (
          <div className="flex flex-col gap-1">
            {/* The only location, so no control to correct it with: on an error the line itself takes the focus and reads the message. */}
            <p
              id="locationId"
              tabIndex={errorOf("locationId") ? -1 : undefined}
              aria-invalid={errorOf("locationId") ? true : undefined}
              aria-describedby={errorOf("locationId") ? "locationId-error" : undefined}
            >
              <span className="font-medium">{f.location}:</span> {locations[0]?.name}
            </p>
            <FieldError id="locationId" error={errorOf("locationId")} />
          </div>
        )}
      </Section>

      <OptionalSections values={values} set={set} errorOf={errorOf} text={f} customerDescriptionRemoved={!isNew && mode.customerDescriptionRemoved} />

      {isNew ? (
        <Section title={f.evidence} open={files.length > 0}>
          <EvidencePicker files={files} onChange={setFiles} error={fileError} onError={setFileError} text={f} />
        </Section>
      ) : null}

      {/* A new report reaches the location's supervisors; a correction notifies nobody. */}
      {isNew ? <p className="text-sm text-slate-600">{f.supervisorNotified}</p> : null}
      <div data-sticky-actions className="sticky bottom-0 -mx-4 flex gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3">
        <button type="submit" disabled={pending} className="flex-1 rounded-md bg-brand-700 px-4 py-3 text-base font-semibold text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? (uploading ? f.uploading : isNew ? f.submitting : f.saving) : isNew ? f.submit : f.save}
        </button>
        {!isNew ? (
          <a href={`/reports/${encodeURIComponent(mode.number)}`} className="rounded-md px-4 py-3 font-medium text-brand-700 underline underline-offset-4">
            {f.cancel}
          </a>
        ) : null}
      </div>
    </form>
  );
}
