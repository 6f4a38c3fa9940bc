import { COMMON_PASSWORDS_TEXT } from "./common-passwords";

// NIST SP 800-63B / OWASP ASVS: length over complexity. No composition rules;
// at least 12 characters, at most 128 (argon2 cost stays bounded), and not a
// well-known password, nor one dressed up with digits or symbols around it.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const COMMON = new Set(
  COMMON_PASSWORDS_TEXT.split("\n")
    .map((line) => line.trim())
    .filter(Boolean),
);

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordCommon";

function normalise(password: string) {
  return password.normalize("NFKC").toLowerCase();
}

/** True when the password is a listed one, possibly repeated or padded with digits and symbols. */
export function isCommonPassword(password: string): boolean {
  const value = normalise(password);
  if (COMMON.has(value)) return true;
  const core = value.replace(/^[\d\W_]+|[\d\W_]+$/g, "");
  if (core && COMMON.has(core)) return true;
  // "qwertyqwerty", "abc123abc123": a short listed password repeated.
  for (let size = 1; size <= value.length / 2; size++) {
    if (value.length % size === 0 && value === value.slice(0, size).repeat(value.length / size)) {
      return size < 6 || COMMON.has(value.slice(0, size)) || /^[\d\W_]+$/.test(value);
    }
  }
  return false;
}

/** The first problem with a new password, or null when it is acceptable. */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  if (length > PASSWORD_MAX_LENGTH) return "passwordTooLong";
  if (isCommonPassword(password)) return "passwordCommon";
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && normalise(password).replace(/[\d\W_]+$/g, "") === local) return "passwordCommon";
  return null;
}

/** How long a one-time set-password link works (here so the admin UI can say it). */
export const PASSWORD_TOKEN_TTL_HOURS = 72;
