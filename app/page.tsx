import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guard";
import { homePathFor } from "@/lib/auth/permissions";

export default async function Home() {
  const user = await requireUser();
  redirect(homePathFor(user.role));
}
