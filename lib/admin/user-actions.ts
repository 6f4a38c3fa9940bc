"use server";

import { guardedAction } from "@/lib/auth/action";
import { createUserSchema, updateUserSchema, userIdSchema } from "./schemas";
import { createUser, resetUserPassword, revokeUserSessions, setUserActive, updateUser } from "./users";

export const createUserAction = guardedAction("admin.users", createUserSchema, (admin, input) => createUser(admin, input));

export const updateUserAction = guardedAction("admin.users", updateUserSchema, (admin, input) => updateUser(admin, input));

export const deactivateUserAction = guardedAction("admin.users", userIdSchema, (admin, { userId }) =>
  setUserActive(admin, userId, false),
);

export const reactivateUserAction = guardedAction("admin.users", userIdSchema, (admin, { userId }) =>
  setUserActive(admin, userId, true),
);

export const resetPasswordAction = guardedAction("admin.users", userIdSchema, (admin, { userId }) =>
  resetUserPassword(admin, userId),
);

export const revokeSessionsAction = guardedAction("admin.users", userIdSchema, (admin, { userId }) =>
  revokeUserSessions(admin, userId),
);
