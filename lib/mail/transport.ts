import "server-only";
import nodemailer from "nodemailer";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** "smtp://host:port" or "log": where mails go, for the start-up line. */
  readonly target: string;
  send(message: MailMessage): Promise<void>;
}

export interface SmtpConfig {
  SMTP_URL?: string;
  SMTP_HOST?: string;
  SMTP_PORT: number;
  SMTP_SECURE: boolean;
  SMTP_USER?: string;
  SMTP_PASS?: string;
  MAIL_FROM: string;
}

/**
 * SMTP when configured; otherwise every mail goes to the server log, marked so
 * nobody mistakes it for a sent one (the embedded default has no mail server).
 */
export function createMailer(config: SmtpConfig): Mailer {
  if (!config.SMTP_URL && !config.SMTP_HOST) return logMailer(config.MAIL_FROM);
  const transport = config.SMTP_URL
    ? nodemailer.createTransport(config.SMTP_URL)
    : nodemailer.createTransport({
        host: config.SMTP_HOST,
        port: config.SMTP_PORT,
        secure: config.SMTP_SECURE,
        auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASS ?? "" } : undefined,
      });
  const target = config.SMTP_URL ? new URL(config.SMTP_URL).host : `${config.SMTP_HOST}:${config.SMTP_PORT}`;
  return {
    target: `smtp://${target}`,
    async send(message) {
      await transport.sendMail({ from: config.MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

function logMailer(from: string): Mailer {
  return {
    target: "log",
    async send(message) {
      console.log(
        [
          "===== MAIL NOT SENT (no SMTP configured: set SMTP_URL or SMTP_HOST) =====",
          `From: ${from}`,
          `To: ${message.to}`,
          `Subject: ${message.subject}`,
          "",
          message.text,
          "===== END OF MAIL =====",
        ].join("\n"),
      );
    },
  };
}
