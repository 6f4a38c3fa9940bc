"use server";

import { guardedAction } from "@/lib/auth/action";
import { settingsSchema } from "./schemas";
import { updateOrgSettings } from "./settings";

export const updateSettingsAction = guardedAction("admin.settings", settingsSchema, (admin, input) =>
  updateOrgSettings(admin, input),
);
