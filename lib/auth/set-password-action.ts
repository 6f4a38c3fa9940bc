"use server";

import { z } from "zod";
import { publicAction } from "./action";
import { setPasswordWithToken } from "./password-token";

// Public: the person has no session yet; the one-time token is the credential.
export const setPasswordAction = publicAction(
  z.object({ token: z.string().min(20).max(100), password: z.string().min(1, "passwordRequired").max(1024, "passwordTooLong") }).strict(),
  ({ token, password }) => setPasswordWithToken(token, password),
);
