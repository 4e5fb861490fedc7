import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { useTestApp } from './testing/use-test-app';

/** A built web client stand-in: what Vite emits, an index.html loading external module scripts. */
function webDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'duban-web-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div></body></html>',
  );
  return dir;
}

function directivesOf(response: request.Response): Map<string, string> {
  const policy = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  );
}

function expectSecurityHeaders(response: request.Response): void {
  const csp = directivesOf(response);
  expect(csp.get('default-src')).toBe("'self'");
  expect(csp.get('script-src')).toBe("'self'");
  expect(csp.get('connect-src')).toBe("'self'");
  expect(csp.get('object-src')).toBe("'none'");
  expect(csp.get('frame-ancestors')).toBe("'none'");
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('same-origin');
  expect(response.headers).not.toHaveProperty('x-powered-by');
}

describe('Security headers', () => {
  describe('served directly', () => {
    const suite = useTestApp({ webDistDir: webDist() });

    it('are on API answers, errors included, and the web client', async () => {
      expectSecurityHeaders(await request(suite.testApp.url).get('/api/health').expect(200));
      expectSecurityHeaders(await request(suite.testApp.url).get('/api/boards').expect(401));
      const page = await request(suite.testApp.url).get('/boards/some-board').expect(200);
      expect(page.text).toContain('<div id="root">');
      expectSecurityHeaders(page);
      // The web client may not style through inline <style> or style="" markup: only its stylesheets.
      expect(directivesOf(page).get('style-src')).toBe("'self'");
    });

    it('let the API docs page load its scripts, and only its styles inline', async () => {
      const docs = await request(suite.testApp.url).get('/api/docs').expect(200);
      expectSecurityHeaders(docs);
      expect(directivesOf(docs).get('style-src')).toBe("'self' 'unsafe-inline'");
      // Every script on the page is a file of this origin, which script-src 'self' allows.
      const scripts = [...docs.text.matchAll(/<script([^>]*)>/g)].map(([, attributes]) => attributes!);
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((attributes) => !/src=['"]\.?\/?[^'":]+['"]/.test(attributes))).toEqual([]);
    });

    it('leave out HSTS over plain HTTP, and do not believe an untrusted X-Forwarded-Proto', async () => {
      const plain = await request(suite.testApp.url).get('/api/health').expect(200);
      expect(plain.headers).not.toHaveProperty('strict-transport-security');
      const spoofed = await request(suite.testApp.url).get('/api/health').set('X-Forwarded-Proto', 'https');
      expect(spoofed.headers).not.toHaveProperty('strict-transport-security');
    });
  });

  describe('behind a trusted TLS proxy', () => {
    const suite = useTestApp({ trustProxy: ['loopback'] });

    it('add HSTS to what arrived over HTTPS, and only to that', async () => {
      const secure = await request(suite.testApp.url).get('/api/health').set('X-Forwarded-Proto', 'https');
      expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expectSecurityHeaders(secure);
      const plain = await request(suite.testApp.url).get('/api/health').set('X-Forwarded-Proto', 'http');
      expect(plain.headers).not.toHaveProperty('strict-transport-security');
    });
  });
});
