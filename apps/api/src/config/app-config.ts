import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface AppConfig {
  port: number;
  /** A real PostgreSQL; null runs the embedded one (PGlite) in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  /** Load the demo workspace into an empty database. */
  demo: boolean;
  admin: { username: string; password: string } | null;
  /** Built web client to serve at `/`; null when there is none. */
  webDistDir: string | null;
  /** How often time-driven jobs (status lights, escalation) run; 0 turns them off. */
  schedulerIntervalMs: number;
}

export class ConfigError extends Error {}

export const APP_CONFIG = Symbol('APP_CONFIG');

function parseFlag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number (0-65535), got "${value}"`);
  }
  return port;
}

function parseInterval(value: string | undefined): number {
  if (value === undefined || value === '') return 60_000;
  const interval = Number(value);
  if (!Number.isInteger(interval) || interval < 0) {
    throw new ConfigError(`SCHEDULER_INTERVAL_MS must be a whole number of milliseconds, got "${value}"`);
  }
  return interval;
}

/** In embedded/demo mode a missing JWT_SECRET is generated once and kept beside the data. */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function findWebDist(): string | null {
  const candidates = [
    process.env.WEB_DIST_DIR,
    resolve(__dirname, '../../../web/dist'),
    resolve(__dirname, '../../web/dist'),
  ];
  return candidates.find((dir) => dir && existsSync(join(dir, 'index.html'))) ?? null;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  const dataDir = resolve(env.DATA_DIR?.trim() || './data');
  const demo = parseFlag(env.DEMO) ?? databaseUrl === null;
  const port = parsePort(env.PORT);

  const adminUsername = env.ADMIN_USERNAME?.trim();
  const adminPassword = env.ADMIN_PASSWORD;
  if (Boolean(adminUsername) !== Boolean(adminPassword)) {
    throw new ConfigError('ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  }
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD must be at least 8 characters');
  }

  let jwtSecret = env.JWT_SECRET?.trim();
  if (!jwtSecret) {
    if (databaseUrl !== null && !demo) {
      throw new ConfigError(
        'JWT_SECRET is required when DATABASE_URL is set (outside demo mode). Set it to a long random string.',
      );
    }
    jwtSecret = databaseUrl === null ? embeddedJwtSecret(dataDir) : randomBytes(32).toString('hex');
  }

  return {
    port,
    databaseUrl,
    dataDir,
    jwtSecret,
    demo,
    admin: adminUsername && adminPassword ? { username: adminUsername, password: adminPassword } : null,
    webDistDir: findWebDist(),
    schedulerIntervalMs: parseInterval(env.SCHEDULER_INTERVAL_MS),
  };
}
