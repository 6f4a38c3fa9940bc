import { AccessMessagePage } from "@/components/ui/message-page";

export default function NotFound() {
  return <AccessMessagePage kind="notFound" />;
}
