import type { Role } from "@/lib/generated/prisma/enums";

// The one role → permission table. Scope (which reports, which locations) is
// applied separately, in the queries themselves (see lib/auth/scope.ts).
export const PERMISSIONS = {
  "reports.file": ["EMPLOYEE", "SUPERVISOR"],
  "reports.review": ["SUPERVISOR", "ADMIN"],
  "reports.readAll": ["HR", "ADMIN"],
  // Appeals go to a different reviewer: another supervisor of the location, or HR.
  "appeals.resolve": ["SUPERVISOR", "HR", "ADMIN"],
  "reports.export": ["HR", "ADMIN", "SUPERVISOR"],
  "consequences.record": ["HR", "SUPERVISOR", "ADMIN"],
  "dashboard.view": ["HR", "ADMIN", "SUPERVISOR"],
  "admin.users": ["ADMIN"],
  "admin.locations": ["ADMIN"],
  "admin.settings": ["ADMIN"],
  "admin.audit": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** Where a person lands after signing in. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "EMPLOYEE":
      return "/reports";
    case "SUPERVISOR":
      return "/review";
    case "HR":
      return "/hr";
    case "ADMIN":
      return "/admin/users";
  }
}
