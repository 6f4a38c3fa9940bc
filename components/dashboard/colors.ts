import type { ReportCategory } from "@/lib/generated/prisma/enums";

// Distinguishable on white and for the common colour-vision deficiencies, each
// at least 3:1 against white (WCAG 1.4.11; the lightest, orange, 3.56:1); the
// tables beside each chart carry the same figures without colour.
export const CATEGORY_COLORS: Record<ReportCategory, string> = {
  AGGRESSIVE_BEHAVIOUR: "#b91c1c",
  SAFETY_BREACH: "#ea580c",
  UNLAWFUL_REQUEST: "#7c3aed",
  AGAINST_POLICY: "#1d4ed8",
  LACK_OF_AUTHORITY: "#0f766e",
  LACK_OF_KNOWLEDGE: "#a16207",
  OTHER: "#475569",
};

export const OUTCOME_COLORS = { justified: "#15803d", notJustified: "#b91c1c", undecided: "#64748b" } as const;
export const PRIMARY = "#1e40af";
export const SECONDARY = "#ea580c";
