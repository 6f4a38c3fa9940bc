// npm run worker: the background worker alone (outbox → notifications and
// mail, review deadlines, retention), for deployments that run web and
// workers separately. `npm start` runs one beside the web server by itself.
import { register } from "node:module";

register("./server-only-loader.mjs", import.meta.url);

async function main() {
  if (!process.env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set (npm start runs the worker itself with the embedded database)");
  }
  const { env } = await import("../lib/env.ts");
  const { startWorker } = await import("../lib/jobs/worker.ts");
  const { createMailer } = await import("../lib/mail/transport.ts");
  const config = env();
  const worker = await startWorker({
    connectionString: config.DATABASE_URL,
    mailer: createMailer(config),
    appUrl: config.APP_URL ?? config.NEXTAUTH_URL ?? "http://localhost:3000",
    mailRetry: { retryLimit: config.MAIL_RETRY_LIMIT, retryDelay: config.MAIL_RETRY_DELAY_SECONDS },
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop().catch((error: Error) => console.error(`[worker] stop: ${error.message}`));
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error) => {
  console.error(`refusal-desk worker: ${(error as Error).message}`);
  process.exit(1);
});
