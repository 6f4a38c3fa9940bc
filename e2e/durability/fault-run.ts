// The shape both durability runs share: load, a fault injected a third of the
// way in while the clients keep going, then the audit of what was stored.
import { randomUUID } from "node:crypto";
import { audit, runLoad, type World } from "./harness";

/**
 * `fault` starts (once) when a third of the reports are acknowledged; its
 * synchronous part runs at that very moment, the rest alongside the load. The
 * run waits for it before the audit. `faulted` says whether it started at all.
 */
export async function loadThroughFault(options: {
  world: World;
  prepared: { locationId: string; cookies: string[] };
  name: string;
  clients: number;
  perClient: number;
  fault: () => Promise<void>;
}) {
  const { world, clients, perClient } = options;
  const marker = `${options.name}-${randomUUID().slice(0, 8)}`;
  let running: Promise<void> | undefined;
  const { figures, keys } = await runLoad({
    base: world.base,
    ...options.prepared,
    clients,
    perClient,
    marker,
    onAck: (acknowledged) => {
      if (!running && acknowledged >= (clients * perClient) / 3) running = options.fault();
    },
  });
  const faulted = running !== undefined;
  await running;
  return { figures, faulted, result: await audit(world, marker, keys) };
}
