"use client";

import { createContext, useContext } from "react";
import type common from "@/messages/pl/common.json";

// app/error.tsx gets no props from the server, so the root layout hands it its
// text through this context instead of next-intl's client provider (issue 8).
export type ErrorText = Pick<typeof common, "error" | "dbUnavailable">;

const ErrorTextContext = createContext<ErrorText | null>(null);

export function ErrorTextProvider({ text, children }: { text: ErrorText; children: React.ReactNode }) {
  return <ErrorTextContext value={text}>{children}</ErrorTextContext>;
}

export function useErrorText(): ErrorText {
  const text = useContext(ErrorTextContext);
  if (!text) throw new Error("useErrorText() outside <ErrorTextProvider>");
  return text;
}
