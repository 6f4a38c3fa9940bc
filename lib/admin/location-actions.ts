"use server";

import { guardedAction } from "@/lib/auth/action";
import { archiveLocation, createLocation, renameLocation, setLocationSupervisors } from "./locations";
import { archiveLocationSchema, createLocationSchema, locationSupervisorsSchema, renameLocationSchema } from "./schemas";

export const createLocationAction = guardedAction("admin.locations", createLocationSchema, (admin, input) =>
  createLocation(admin, input),
);

export const renameLocationAction = guardedAction("admin.locations", renameLocationSchema, (admin, input) =>
  renameLocation(admin, input),
);

export const archiveLocationAction = guardedAction("admin.locations", archiveLocationSchema, (admin, input) =>
  archiveLocation(admin, input),
);

export const setLocationSupervisorsAction = guardedAction("admin.locations", locationSupervisorsSchema, (admin, input) =>
  setLocationSupervisors(admin, input),
);
