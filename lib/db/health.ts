import "server-only";
import { db } from "./client";

/** True when the database answers a trivial query within a few seconds. */
export async function isDatabaseHealthy(): Promise<boolean> {
  try {
    await db.$queryRaw`select 1`;
    return true;
  } catch {
    return false;
  }
}
