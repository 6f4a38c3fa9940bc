// Client Components of these pages use next-intl.
export { IntlClientLayout as default } from "@/components/i18n/intl-client-layout";
