import type { INestApplication } from '@nestjs/common';
import request from 'supertest';

/** The part of a JSON Schema (as nestjs-zod writes it into the OpenAPI document) the tests read. */
export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  default?: unknown;
}

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** One REST route as the running app documents it. */
export interface ApiRoute {
  /** "METHOD /api/path/{param}", the key of the authorization matrix. */
  key: string;
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `/api/tasks/{taskId}`. */
  path: string;
  pathParams: string[];
  queryParams: { name: string; required: boolean; schema: JsonSchema }[];
  /** The JSON request body's schema with `$ref`s resolved; null when the route takes no body. */
  body: JsonSchema | null;
  /** No bearer token needed (login, health, setup). */
  isPublic: boolean;
}

interface OpenApiParameter {
  name: string;
  required?: boolean;
  in: 'path' | 'query' | 'header';
  schema?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  security?: unknown[];
}

interface OpenApiDocument {
  paths: Record<string, Partial<Record<HttpMethod, OpenApiOperation>>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS: readonly HttpMethod[] = ['get', 'post', 'patch', 'put', 'delete'];

/**
 * Every route of the running app, read from its OpenAPI document (GET /api/docs-json): the document is
 * generated from the controllers, so a new route shows up here without anyone listing it by hand.
 */
export async function loadApiRoutes(baseUrl: string): Promise<ApiRoute[]> {
  const response = await request(baseUrl).get('/api/docs-json').expect(200);
  const document = response.body as OpenApiDocument;
  const schemas = document.components?.schemas ?? {};
  const routes: ApiRoute[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = operations[method];
      if (operation) routes.push(toRoute(method, path, operation, schemas));
    }
  }
  return routes;
}

function toRoute(
  method: HttpMethod,
  path: string,
  operation: OpenApiOperation,
  schemas: Record<string, JsonSchema>,
): ApiRoute {
  const parameters = operation.parameters ?? [];
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  return {
    key: `${method.toUpperCase()} ${path}`,
    method,
    path,
    pathParams: parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name),
    queryParams: parameters
      .filter((parameter) => parameter.in === 'query')
      .map((parameter) => ({
        name: parameter.name,
        required: parameter.required === true,
        schema: resolve(parameter.schema ?? {}, schemas),
      })),
    body: bodySchema ? resolve(bodySchema, schemas) : null,
    isPublic: operation.security === undefined,
  };
}

/** Inlines `$ref`s to `#/components/schemas/…` (the DTOs have no recursive references). */
function resolve(schema: JsonSchema, schemas: Record<string, JsonSchema>): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = schemas[name];
    if (!target) throw new Error(`The OpenAPI document refers to a missing schema ${schema.$ref}`);
    return resolve(target, schemas);
  }
  const resolved: JsonSchema = { ...schema };
  if (schema.properties) {
    resolved.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, value]) => [key, resolve(value, schemas)]),
    );
  }
  if (schema.items) resolved.items = resolve(schema.items, schemas);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = schema[key];
    if (options) resolved[key] = options.map((option) => resolve(option, schemas));
  }
  return resolved;
}

/** Fills a path template: `/api/tasks/{taskId}` with `{ taskId: 'x' }` → `/api/tasks/x` (values as given). */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for the path parameter ${name} of ${template}`);
    return value;
  });
}

interface RouterLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** The documentation's own routes (Swagger UI and the document itself), not part of the API. */
const DOCS_ROUTES = /^\/api\/docs([-/]|$)/;

/**
 * Every route Express actually serves under /api, as "METHOD /api/path/{param}" keys: the check that no
 * route escapes the OpenAPI document (and with it the authorization matrix).
 */
export function servedRouteKeys(app: INestApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: RouterLayer[] } };
  const layers: RouterLayer[] = express.router?.stack ?? [];
  return layers
    .flatMap((layer) => (layer.route ? [layer.route] : []))
    .filter((route) => route.path.startsWith('/api/') && !DOCS_ROUTES.test(route.path))
    .flatMap((route) =>
      Object.keys(route.methods).map(
        (method) => `${method.toUpperCase()} ${route.path.replace(/:(\w+)/g, '{$1}')}`,
      ),
    );
}
