import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'duban-config-'));

  it('defaults to the embedded database with the demo workspace on port 3000', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, dataDir: dir, demo: true, admin: null });
    expect(config.jwtSecret).toHaveLength(64);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('requires JWT_SECRET with DATABASE_URL outside demo mode', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/duban' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/duban' })).toThrow(/JWT_SECRET is required/);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/duban', DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/duban', JWT_SECRET: 's3cret' })).toMatchObject({
      databaseUrl: 'postgres://db/duban',
      demo: false,
      jwtSecret: 's3cret',
    });
  });

  it('reads the first administrator and insists on both parts and a real password', () => {
    const base = { DATABASE_URL: 'postgres://db/duban', JWT_SECRET: 'x' };
    expect(loadConfig({ ...base, ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'long-password' }).admin).toEqual({
      username: 'root',
      password: 'long-password',
    });
    expect(() => loadConfig({ ...base, ADMIN_USERNAME: 'root' })).toThrow(/set together/);
    expect(() => loadConfig({ ...base, ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' })).toThrow(
      /at least 8/,
    );
  });

  it('rejects a port that is not a number', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(loadConfig({ DATA_DIR: dataDir(), PORT: '8080' }).port).toBe(8080);
  });
});
