import { z } from "zod";

// PostgreSQL's bigint tops out here; a longer or larger number in an id
// reached the database as an out-of-range error (a 500) instead of being
// refused as invalid input. Client-safe.
const MAX_BIGINT = 9_223_372_036_854_775_807n;
const DIGITS = /^\d{1,19}$/;

/** The id of a row keyed by a bigint sequence (audit events, outbox events), as decimal text. */
export const bigintIdSchema = z.string().refine((value) => DIGITS.test(value) && BigInt(value) <= MAX_BIGINT);

/**
 * A uuid as PostgreSQL prints it, in lower case. PostgreSQL accepts either
 * case, but code compares ids as strings (a supervisor's locations, the
 * export's scope): an id typed in upper case would be counted by the SQL and
 * refused or left out by those comparisons.
 */
export const uuidSchema = z.uuid().transform((id) => id.toLowerCase());

/** Whether a text is a uuid (any case): a value a uuid column can be asked for without an error. */
export const isUuid = (value: string) => uuidSchema.safeParse(value).success;
