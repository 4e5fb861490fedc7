import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  const dataDir = () => mkdtempSync(join(tmpdir(), 'duban-config-'));
  const LONG_SECRET = 'a'.repeat(32);

  it('defaults to the embedded database with the demo workspace on port 3000', () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: null,
      trustProxy: false,
      redisUrl: null,
      databaseUrl: null,
      dataDir: dir,
      demo: true,
      admin: null,
    });
    expect(config.jwtSecret).toHaveLength(64);
    expect(loadConfig({ DATA_DIR: dir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('requires JWT_SECRET with DATABASE_URL outside demo mode', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/duban' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/duban' })).toThrow(/JWT_SECRET is required/);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/duban', DEMO: '1' }).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/duban', JWT_SECRET: LONG_SECRET })).toMatchObject({
      databaseUrl: 'postgres://db/duban',
      demo: false,
      jwtSecret: LONG_SECRET,
    });
  });

  it('refuses a JWT_SECRET shorter than 32 bytes outside demo mode', () => {
    const production = { DATABASE_URL: 'postgres://db/duban' };
    expect(() => loadConfig({ ...production, JWT_SECRET: 'x' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, JWT_SECRET: 'a'.repeat(31) })).toThrow(/at least 32 bytes/);
    // Bytes, not characters: 11 Chinese characters are 33 bytes of UTF-8.
    expect(loadConfig({ ...production, JWT_SECRET: '督'.repeat(11) }).jwtSecret).toBe('督'.repeat(11));
    expect(loadConfig({ ...production, DEMO: '1', JWT_SECRET: 'short' }).jwtSecret).toBe('short');
  });

  it('reads the first administrator and insists on both parts and a real password', () => {
    const base = { DATABASE_URL: 'postgres://db/duban', JWT_SECRET: LONG_SECRET };
    expect(loadConfig({ ...base, ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'long-password' }).admin).toEqual({
      username: 'root',
      password: 'long-password',
    });
    expect(() => loadConfig({ ...base, ADMIN_USERNAME: 'root' })).toThrow(/set together/);
    expect(() => loadConfig({ ...base, ADMIN_USERNAME: 'root', ADMIN_PASSWORD: 'short' })).toThrow(
      /at least 8/,
    );
  });

  it('refuses an administrator username the API would refuse, naming the rule', () => {
    const base = {
      DATABASE_URL: 'postgres://db/duban',
      JWT_SECRET: LONG_SECRET,
      ADMIN_PASSWORD: 'long-password',
    };
    expect(() => loadConfig({ ...base, ADMIN_USERNAME: 'has space' })).toThrow(/ADMIN_USERNAME "has space"/);
    expect(() => loadConfig({ ...base, ADMIN_USERNAME: '管理员' })).toThrow(/only letters, digits/);
    expect(() => loadConfig({ ...base, ADMIN_USERNAME: 'x' })).toThrow(ConfigError);
  });

  it('binds to one interface when HOST is set', () => {
    expect(loadConfig({ DATA_DIR: dataDir(), HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ DATA_DIR: dataDir(), HOST: ' ' }).host).toBeNull();
  });

  it('believes X-Forwarded-For only from the proxies TRUST_PROXY names', () => {
    const trust = (value: string) => loadConfig({ DATA_DIR: dataDir(), TRUST_PROXY: value }).trustProxy;
    expect(trust('')).toBe(false);
    expect(trust('false')).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('loopback, 10.0.0.0/8, ::1')).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(() => trust('true')).toThrow(/TRUST_PROXY.*"true" is neither/);
    expect(() => trust('10.0.0.0/33')).toThrow(ConfigError);
  });

  it('uses Redis only for a redis:// URL', () => {
    const redis = (value: string) => loadConfig({ DATA_DIR: dataDir(), REDIS_URL: value });
    expect(redis('redis://127.0.0.1:6379').redisUrl).toBe('redis://127.0.0.1:6379');
    expect(redis('redis://cache:6379').redisKeyPrefix).toBe('duban:');
    expect(() => redis('http://cache:6379')).toThrow(/REDIS_URL must be a redis:\/\//);
  });

  describe('the demo language (DEMO_LANG)', () => {
    const demoLanguage = (env: NodeJS.ProcessEnv) => loadConfig({ DATA_DIR: dataDir(), ...env }).demoLanguage;

    it('is the one DEMO_LANG names, whatever the locale', () => {
      expect(demoLanguage({ DEMO_LANG: 'zh', LANG: 'en_US.UTF-8' })).toBe('zh');
      expect(demoLanguage({ DEMO_LANG: 'en', LC_ALL: 'zh_CN.UTF-8' })).toBe('en');
      expect(demoLanguage({ DEMO_LANG: ' ZH ' })).toBe('zh');
    });

    it('refuses any other value, naming DEMO_LANG and the values it takes', () => {
      expect(() => demoLanguage({ DEMO_LANG: 'fr' })).toThrow(ConfigError);
      expect(() => demoLanguage({ DEMO_LANG: 'zh-CN' })).toThrow(
        /DEMO_LANG must be "zh".*or "en".*got "zh-CN"/,
      );
    });

    it('follows the machine’s locale when unset: LC_ALL, then LC_MESSAGES, then LANG', () => {
      expect(demoLanguage({})).toBe('en');
      expect(demoLanguage({ LANG: 'C.UTF-8' })).toBe('en');
      expect(demoLanguage({ LANG: 'zh_CN.UTF-8' })).toBe('zh');
      expect(demoLanguage({ LANG: 'zh_TW.UTF-8' })).toBe('zh');
      expect(demoLanguage({ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh');
      expect(demoLanguage({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN' })).toBe('en');
      expect(demoLanguage({ LC_ALL: 'zh_CN.GB18030', LANG: 'en_GB.UTF-8' })).toBe('zh');
      // An empty variable counts as unset, as it does for the C library.
      expect(demoLanguage({ LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_SG.UTF-8' })).toBe('zh');
      expect(demoLanguage({ DEMO_LANG: '', LANG: 'zh_CN.UTF-8' })).toBe('zh');
    });
  });

  it('rejects a port that is not a number', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(loadConfig({ DATA_DIR: dataDir(), PORT: '8080' }).port).toBe(8080);
  });
});
