import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** Swagger UI's page carries an inline <style> and style attributes; nothing else needs them. */
const DOCS_PATH = '/api/docs';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The policy the built web client runs under: scripts, styles and connections only from this origin (Vite
 * emits no inline script; React sets styles through the DOM, which CSP does not govern; Socket.IO's
 * same-origin ws:/wss: is covered by 'self'), no plugins, and no page may frame it (clickjacking).
 */
function contentSecurityPolicy(styleSrc: string[]) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc,
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  };
}

function headers(styleSrc: string[]): RequestHandler {
  return helmet({
    contentSecurityPolicy: contentSecurityPolicy(styleSrc),
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    // Sent only over TLS (below): over plain HTTP it is ignored anyway, and a LAN install must keep working.
    strictTransportSecurity: false,
  });
}

const hsts = helmet.strictTransportSecurity({ maxAge: ONE_YEAR_SECONDS, includeSubDomains: true });

/**
 * Security headers on every response (API, web client, Swagger UI). HSTS only when the request came over
 * TLS: directly, or through a proxy trusted by TRUST_PROXY that says so in X-Forwarded-Proto.
 */
export function useSecurityHeaders(app: NestExpressApplication): void {
  app.disable('x-powered-by');
  const appHeaders = headers(["'self'"]);
  const docsHeaders = headers(["'self'", "'unsafe-inline'"]);
  app.use((request: Request, response: Response, next: NextFunction) => {
    const forDocs = request.path === DOCS_PATH || request.path.startsWith(`${DOCS_PATH}/`);
    (forDocs ? docsHeaders : appHeaders)(request, response, (error?: unknown) => {
      if (error !== undefined) return next(error);
      if (request.secure) return hsts(request, response, next);
      next();
    });
  });
}
