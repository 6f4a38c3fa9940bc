// Expected failures carry a code and a message for the person; anything else
// is an unexpected error: logged with its detail, shown as a generic message.
export type AppErrorCode =
  | "validation"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "too_large"
  | "unavailable";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    /** Values the form needs to word the message itself (e.g. who changed the report). */
    readonly details?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  too_large: 413,
  unavailable: 503,
};

const CONNECTION_ERROR = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|timeout exceeded when trying to connect|Connection terminated|Can't reach database|the database system is (starting up|shutting down)|terminating connection|connection error and is not queryable/i;

// P2028: no connection for a transaction in time (pool exhausted under load);
// P1017: the server closed the connection (PostgreSQL restarting). Both are
// "try again shortly" (503), not a bug in the request (found by issue 9's suites).
const UNAVAILABLE_CODES = new Set(["P1001", "P1017", "P2028", "ECONNREFUSED", "57P01", "57P03"]);

// Raw queries report a dropped connection as P2010 ("Raw query failed") with
// the driver's error in meta: its kind says what happened (found by the
// restart run once the session check became a raw query).
const UNAVAILABLE_KINDS = new Set(["ConnectionClosed", "DatabaseNotReachable", "SocketTimeout", "TooManyConnections"]);

type ErrorLink = { message?: string; cause?: unknown; code?: string; originalCode?: string; kind?: string; meta?: { driverAdapterError?: unknown } };

/**
 * True when a write was refused by a unique constraint: a duplicate, or a
 * retry of a stored write. Prisma's models report it as P2002; a raw query
 * as P2010 with the driver's error, whose kind says which constraint failed.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as ErrorLink;
  if (code === "P2002") return true;
  const driverError = meta?.driverAdapterError as ErrorLink | undefined;
  return code === "P2010" && (driverError?.cause as ErrorLink | undefined)?.kind === "UniqueConstraintViolation";
}

/** True when an error means the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error as ErrorLink | undefined, depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    if (current.code && UNAVAILABLE_CODES.has(current.code)) return true;
    if (current.originalCode && UNAVAILABLE_CODES.has(current.originalCode)) return true;
    if (current.kind && UNAVAILABLE_KINDS.has(current.kind)) return true;
    if (typeof current.message === "string" && CONNECTION_ERROR.test(current.message)) return true;
    current = (current.cause ?? current.meta?.driverAdapterError) as ErrorLink | undefined;
  }
  return false;
}
