// PostgreSQL advisory lock keys, all in one place so that no two uses share
// one by accident (two did: seeding and admin-rights changes blocked each
// other). Plain constants, safe to import from scripts and the seed.

/** Applying migrations: one process at a time (session lock). */
export const MIGRATION_LOCK_KEY = 72_707_369;

/** Loading the demo data: one seeder at a time (transaction lock). */
export const SEED_LOCK_KEY = 72_707_370;

/** Changes that can take an admin's rights away, and roles set by SSO (transaction lock; lib/admin/users.ts). */
export const ROLE_CHANGE_LOCK_KEY = 72_707_371;
