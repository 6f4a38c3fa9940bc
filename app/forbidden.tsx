import { AccessMessagePage } from "@/components/ui/message-page";

export default function Forbidden() {
  return <AccessMessagePage kind="forbidden" />;
}
