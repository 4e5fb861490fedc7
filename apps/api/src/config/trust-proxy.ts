import { isIP } from 'node:net';
import { ConfigError } from './config-error';

/**
 * Express's `trust proxy`: false believes no X-Forwarded-* header; a number believes that many proxies in
 * front; a list believes proxies at those addresses or subnets (`loopback`, `uniquelocal`, `10.0.0.0/8`…).
 */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: unset/`false`/`0`, a hop count, or a comma-separated list of addresses, subnets or names. */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const trimmed = value?.trim().toLowerCase() ?? '';
  if (['', '0', 'false', 'no', 'off'].includes(trimmed)) return false;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const entries = trimmed.split(',').map((entry) => entry.trim());
  const invalid = entries.find((entry) => !isTrustedProxyEntry(entry));
  if (invalid !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be a number of proxies or a list of addresses/subnets (e.g. "1" or "loopback, 10.0.0.0/8"); "${invalid}" is neither`,
    );
  }
  return entries;
}

function isTrustedProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}
