import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS_TEXT } from "./common-passwords";
import { PASSWORD_MIN_LENGTH, checkPassword, isCommonPassword } from "./password-policy";

describe("password policy", () => {
  it("ships a list of several hundred common passwords", () => {
    const entries = COMMON_PASSWORDS_TEXT.split("\n").filter(Boolean);
    expect(entries.length).toBeGreaterThan(500);
    expect(new Set(entries).size).toBe(entries.length);
    expect(entries.every((entry) => entry === entry.toLowerCase().trim())).toBe(true);
  });

  it("rejects common passwords, also padded, repeated or in capitals", () => {
    for (const password of [
      "password1234",
      "Password2026!",
      "qwertyuiop123",
      "1qaz2wsx3edc",
      "123456789012",
      "QWERTYQWERTY",
      "zaq12wsxcde3zaq12wsxcde3".slice(0, 12),
      "aaaaaaaaaaaa",
      "!!haslo1234!!",
      "kochamcie2026",
      "administrator",
    ]) {
      expect(checkPassword(password), password).toBe("passwordCommon");
    }
    expect(isCommonPassword("iloveyou")).toBe(true);
  });

  it("prefers length over complexity: a long passphrase of plain words passes", () => {
    expect(checkPassword("zielony rower nad wisłą")).toBeNull();
    expect(checkPassword("correct horse battery staple")).toBeNull();
    expect(checkPassword("tramwaj-do-oliwy-7")).toBeNull();
  });

  it("enforces the minimum and maximum length", () => {
    expect(checkPassword("x".repeat(PASSWORD_MIN_LENGTH - 1))).toBe("passwordTooShort");
    expect(checkPassword("Tr0ub4dor&3")).toBe("passwordTooShort");
    expect(checkPassword("długie hasło ".repeat(11))).toBe("passwordTooLong");
  });

  it("rejects the e-mail's local part as the password", () => {
    expect(checkPassword("anna.kowalska", { email: "anna.kowalska@firma.example" })).toBe("passwordCommon");
    expect(checkPassword("anna.kowalska2026", { email: "anna.kowalska@firma.example" })).toBe("passwordCommon");
  });
});
