// Data minimisation: the customer description must not identify anyone. This
// finds what looks like a PESEL, a phone number or an e-mail address so the
// form can warn before the text is stored. Client-safe, pure.
export type PersonalDataKind = "pesel" | "phone" | "email";

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]{2,}/;
const ELEVEN_DIGITS = /(?<!\d)\d{11}(?!\d)/g;
// 9 digits (Polish numbers), optionally +48/0048 and grouped by spaces or dashes.
const PHONE = /(?<![\d+])(?:(?:\+|00)\d{2}[\s-]?)?\d{3}[\s-]?\d{3}[\s-]?\d{3}(?!\d)/;

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** A PESEL's check digit matches (a random 11-digit number passes 1 in 10). */
export function isValidPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const sum = PESEL_WEIGHTS.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return (10 - (sum % 10)) % 10 === Number(digits[10]);
}

export function findPersonalData(text: string | null | undefined): PersonalDataKind[] {
  if (!text) return [];
  const found = new Set<PersonalDataKind>();
  if (EMAIL.test(text)) found.add("email");
  const elevenDigitRuns = text.match(ELEVEN_DIGITS) ?? [];
  if (elevenDigitRuns.some(isValidPesel)) found.add("pesel");
  if (PHONE.test(text.replace(ELEVEN_DIGITS, ""))) found.add("phone");
  return [...found];
}
