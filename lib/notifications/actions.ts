"use server";
import { guardedAction } from "@/lib/auth/action";
import { markAllReadSchema, markReadSchema, preferencesSchema } from "./schemas";
import { markAllRead, markRead, saveEmailPreferences } from "./service";

// Every signed-in person has notifications: no permission beyond the session.
export const markNotificationRead = guardedAction(null, markReadSchema, (user, input) => markRead(user.id, input.id));

export const markAllNotificationsRead = guardedAction(null, markAllReadSchema, (user) => markAllRead(user));

export const saveNotificationPreferences = guardedAction(null, preferencesSchema, (user, input) => saveEmailPreferences(user.id, input));
