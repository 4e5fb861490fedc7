import { routes, type RouteDefinition } from '@duban/contracts';
import { z } from 'zod';
import { useTestApp } from '../testing/use-test-app';
import { ACCESS_MATRIX } from './access-matrix';
import { loadApiRoutes, servedRouteKeys, type ApiRoute } from './openapi-routes';

/** "PATCH /api/tasks/{taskId}": how the OpenAPI document, Express and the authorization matrix name a route. */
function keyOf(route: RouteDefinition): string {
  return `${route.method} /api${route.path.replace(/:(\w+)/g, '{$1}')}`;
}

/** The field names of a body or query schema and which of them are required, as the API reads its input. */
function fieldsOf(schema: z.ZodType): { names: string[]; required: string[] } {
  const jsonSchema = z.toJSONSchema(schema, { io: 'input' }) as { properties?: object; required?: string[] };
  return {
    names: Object.keys(jsonSchema.properties ?? {}).sort(),
    required: [...(jsonSchema.required ?? [])].sort(),
  };
}

const table = Object.entries(routes) as [string, RouteDefinition][];

describe('The REST route table (routes in @duban/contracts) is what the app serves and documents', () => {
  const suite = useTestApp();
  let documented: Map<string, ApiRoute>;

  beforeAll(async () => {
    documented = new Map((await loadApiRoutes(suite.testApp.url)).map((route) => [route.key, route]));
  });

  it('serves every route of the table, and no other', () => {
    const served = servedRouteKeys(suite.testApp.app);
    const inTable = table.map(([, route]) => keyOf(route));
    expect(
      served.filter((key) => !inTable.includes(key)).map((key) => `${key}: not in the route table`),
    ).toEqual([]);
    expect(
      inTable.filter((key) => !served.includes(key)).map((key) => `${key}: in the table, not served`),
    ).toEqual([]);
    expect([...documented.keys()].sort()).toEqual([...inTable].sort());
  });

  it.each(table)('documents %s with the table’s params, query, body and access', (_name, route) => {
    const operation = documented.get(keyOf(route));
    if (!operation) throw new Error(`${keyOf(route)} is not in the OpenAPI document`);
    expect(operation.pathParams.sort()).toEqual(
      [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]).sort(),
    );

    const query = route.query ? fieldsOf(route.query) : { names: [], required: [] };
    expect(operation.queryParams.map((parameter) => parameter.name).sort()).toEqual(query.names);
    expect(
      operation.queryParams
        .filter((parameter) => parameter.required)
        .map((parameter) => parameter.name)
        .sort(),
    ).toEqual(query.required);

    if (route.body) {
      const body = fieldsOf(route.body);
      expect(Object.keys(operation.body?.properties ?? {}).sort()).toEqual(body.names);
      expect([...(operation.body?.required ?? [])].sort()).toEqual(body.required);
    } else {
      expect(operation.body).toBeNull();
    }
    expect(operation.isPublic).toBe(route.public === true);
  });

  it('gives the authorization matrix exactly the table’s routes, the public ones as public', () => {
    const matrix = Object.entries(ACCESS_MATRIX).map(
      ([key, entry]) => `${key}${entry === 'public' ? ' (public)' : ''}`,
    );
    const expected = table.map(([, route]) => `${keyOf(route)}${route.public ? ' (public)' : ''}`);
    expect(matrix.sort()).toEqual(expected.sort());
  });
});
