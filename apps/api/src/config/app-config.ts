import {
  DEFAULT_ATTACHMENT_MAX_BOARD_BYTES,
  DEFAULT_ATTACHMENT_MAX_FILE_BYTES,
  passwordSchema,
  usernameSchema,
} from '@duban/contracts';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from './config-error';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

/** HMAC-SHA256 keys shorter than the hash add no strength and are guessable offline from one token. */
const MIN_JWT_SECRET_BYTES = 32;

export interface AppConfig {
  port: number;
  /** The interface to listen on; null listens on all of them. */
  host: string | null;
  /** Which proxies' X-Forwarded-For/-Proto to believe (Express's `trust proxy`); false believes none. */
  trustProxy: TrustProxy;
  /** Shares login throttling (and later Socket.IO) between API processes; null keeps it in memory. */
  redisUrl: string | null;
  /** Prefix of every key Duban writes to Redis, so deployments (and test runs) can share one Redis. */
  redisKeyPrefix: string;
  /** A real PostgreSQL; null runs the embedded one (PGlite) in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  jwtSecret: string;
  /** Load the demo workspace into an empty database. */
  demo: boolean;
  /** The language the demo workspace is written in (DEMO_LANG); it is loaded once, into an empty database. */
  demoLanguage: DemoLanguage;
  admin: { username: string; password: string } | null;
  /** Built web client to serve at `/`; null when there is none. */
  webDistDir: string | null;
  /** How often time-driven jobs (status lights, escalation) run; 0 turns them off. */
  schedulerIntervalMs: number;
  /** Evidence files: the most bytes of one file, and of all the files kept on one board (413 beyond). */
  attachmentLimits: { fileBytes: number; boardBytes: number };
}

export { ConfigError };

/** The languages the demo workspace is written in: `DEMO_LANG=en|zh`. */
export const DEMO_LANGUAGES = ['en', 'zh'] as const;
export type DemoLanguage = (typeof DEMO_LANGUAGES)[number];

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

const MEGABYTE = 1024 * 1024;

/** A limit in megabytes (ATTACHMENT_MAX_FILE_MB, ATTACHMENT_MAX_BOARD_MB), as bytes. */
function parseMegabytes(name: string, value: string | undefined, fallbackBytes: number): number {
  if (value === undefined || value.trim() === '') return fallbackBytes;
  const megabytes = Number(value);
  if (!Number.isFinite(megabytes) || megabytes <= 0 || megabytes > 100_000) {
    throw new ConfigError(`${name} must be a number of megabytes above 0 (e.g. 25), got "${value}"`);
  }
  return Math.floor(megabytes * MEGABYTE);
}

function isDemoLanguage(value: string): value is DemoLanguage {
  return (DEMO_LANGUAGES as readonly string[]).includes(value);
}

/**
 * DEMO_LANG when set; otherwise the language the machine speaks to its user, read the way POSIX programs
 * choose the language of their messages: the first of LC_ALL, LC_MESSAGES and LANG that is set.
 */
function parseDemoLanguage(env: NodeJS.ProcessEnv): DemoLanguage {
  const value = env.DEMO_LANG?.trim();
  if (!value) return messageLocaleOf(env).toLowerCase().startsWith('zh') ? 'zh' : 'en';
  const language = value.toLowerCase();
  if (!isDemoLanguage(language)) {
    throw new ConfigError(`DEMO_LANG must be "zh" (Chinese) or "en" (English), got "${value}"`);
  }
  return language;
}

function messageLocaleOf(env: NodeJS.ProcessEnv): string {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value?.trim());
  return locale?.trim() ?? '';
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

function parseAdmin(env: NodeJS.ProcessEnv): AppConfig['admin'] {
  const username = env.ADMIN_USERNAME?.trim();
  const password = env.ADMIN_PASSWORD;
  if (Boolean(username) !== Boolean(password)) {
    throw new ConfigError('ADMIN_USERNAME and ADMIN_PASSWORD must be set together');
  }
  if (!username || !password) return null;
  // The same rules as a user created through the API, so the administrator can always sign in.
  const validUsername = usernameSchema.safeParse(username);
  if (!validUsername.success) {
    throw new ConfigError(`ADMIN_USERNAME "${username}": ${validUsername.error.issues[0]?.message}`);
  }
  if (password.length < 8) throw new ConfigError('ADMIN_PASSWORD must be at least 8 characters');
  if (!passwordSchema.safeParse(password).success) {
    throw new ConfigError('ADMIN_PASSWORD must be at most 200 characters');
  }
  return { username: validUsername.data, password };
}

function parseJwtSecret(env: NodeJS.ProcessEnv, databaseUrl: string | null, demo: boolean, dataDir: string) {
  const secret = env.JWT_SECRET?.trim();
  if (secret) {
    if (!demo && Buffer.byteLength(secret, 'utf8') < MIN_JWT_SECRET_BYTES) {
      throw new ConfigError(
        `JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes outside demo mode; generate one with \`openssl rand -hex 32\`.`,
      );
    }
    return secret;
  }
  if (databaseUrl !== null && !demo) {
    throw new ConfigError(
      'JWT_SECRET is required when DATABASE_URL is set (outside demo mode). Generate one with `openssl rand -hex 32`.',
    );
  }
  return databaseUrl === null ? embeddedJwtSecret(dataDir) : randomBytes(32).toString('hex');
}

function parseRedisUrl(value: string | undefined): string | null {
  const url = value?.trim();
  if (!url) return null;
  if (!URL.canParse(url) || !['redis:', 'rediss:'].includes(new URL(url).protocol)) {
    throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got "${url}"`);
  }
  return url;
}

/** Which database the server opens: also what `npm run backup` and `npm run restore` work on. */
export function databaseLocation(
  env: NodeJS.ProcessEnv = process.env,
): Pick<AppConfig, 'databaseUrl' | 'dataDir'> {
  return {
    databaseUrl: env.DATABASE_URL?.trim() || null,
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const { databaseUrl, dataDir } = databaseLocation(env);
  const demo = parseFlag(env.DEMO) ?? databaseUrl === null;
  return {
    port: parsePort(env.PORT),
    host: env.HOST?.trim() || null,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    redisUrl: parseRedisUrl(env.REDIS_URL),
    redisKeyPrefix: env.REDIS_KEY_PREFIX?.trim() || 'duban:',
    databaseUrl,
    dataDir,
    jwtSecret: parseJwtSecret(env, databaseUrl, demo, dataDir),
    demo,
    demoLanguage: parseDemoLanguage(env),
    admin: parseAdmin(env),
    webDistDir: findWebDist(),
    schedulerIntervalMs: parseInterval(env.SCHEDULER_INTERVAL_MS),
    attachmentLimits: {
      fileBytes: parseMegabytes(
        'ATTACHMENT_MAX_FILE_MB',
        env.ATTACHMENT_MAX_FILE_MB,
        DEFAULT_ATTACHMENT_MAX_FILE_BYTES,
      ),
      boardBytes: parseMegabytes(
        'ATTACHMENT_MAX_BOARD_MB',
        env.ATTACHMENT_MAX_BOARD_MB,
        DEFAULT_ATTACHMENT_MAX_BOARD_BYTES,
      ),
    },
  };
}
