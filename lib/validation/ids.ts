import { z } from "zod";

// PostgreSQL's bigint tops out here; a longer or larger number in an id
// reached the database as an out-of-range error (a 500) instead of being
// refused as invalid input. Client-safe.
const MAX_BIGINT = 9_223_372_036_854_775_807n;
const DIGITS = /^\d{1,19}$/;

/** The id of a row keyed by a bigint sequence (audit events, outbox events), as decimal text. */
export const bigintIdSchema = z.string().refine((value) => DIGITS.test(value) && BigInt(value) <= MAX_BIGINT);
