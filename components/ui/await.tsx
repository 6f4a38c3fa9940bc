import type { ReactNode } from "react";

/**
 * Renders `children` with what `promise` resolves to. Inside a <Suspense>
 * boundary the page streams everything else while this part waits, and a
 * rejection goes to the nearest error boundary.
 */
export async function Await<T>({ promise, children }: { promise: Promise<T>; children: (value: T) => ReactNode }) {
  return children(await promise);
}
