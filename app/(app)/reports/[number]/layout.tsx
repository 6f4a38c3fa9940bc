// The report page's forms (answer, withdraw, appeal) use next-intl.
export { IntlClientLayout as default } from "@/components/i18n/intl-client-layout";
