// A valid report input for tests (what the form sends), with overrides.
export const LOCATION = "6f1c1d7e-2b1a-4c55-9d8e-0a1b2c3d4e5f";

export function validInput(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: crypto.randomUUID(),
    occurredAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    locationId: LOCATION,
    category: "AGGRESSIVE_BEHAVIOUR",
    aggressionKinds: ["SWEARING"],
    otherCategoryText: null,
    narrative: "Klient krzyczał i używał wulgaryzmów przy kasie.",
    customerRequest: "Zwrot towaru bez paragonu.",
    reasonsExplained: true,
    reasonsExplanation: "Powiedziałam, że bez paragonu nie mogę przyjąć zwrotu.",
    alternativeOffered: false,
    alternativeDescription: null,
    witnesses: null,
    securityCalled: false,
    policeCalled: false,
    injury: false,
    damage: false,
    injuryDamageDetails: null,
    riskBadReview: false,
    riskLostCustomer: false,
    legalRisk: "NONE",
    customerDescription: null,
    ...overrides,
  };
}
