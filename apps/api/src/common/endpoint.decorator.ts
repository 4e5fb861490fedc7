import { pathParamNames, type RouteDefinition } from '@duban/contracts';
import { applyDecorators, HttpCode, RequestMapping, RequestMethod } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ApiBearerAuth, ApiOperation, ApiProduces } from '@nestjs/swagger';

/** What the table cannot say: the longer documentation of the route's behaviour. */
export interface EndpointDocs {
  description?: string;
}

/**
 * Serves a route of the table (`routes` in @duban/contracts): its method, path, success status, summary
 * and bearer-token requirement come from the entry, so the controller cannot serve something else. The
 * handler's `@Body()`, `@Query()` and path parameters must match the entry (checked when the class is
 * declared, so a mismatch stops the app from starting): the body and query DTOs are `createZodDto` of the
 * entry's own schemas, which validate the request and are what the OpenAPI document shows.
 */
export function Endpoint(route: RouteDefinition, docs: EndpointDocs = {}): MethodDecorator {
  const decorators = [
    RequestMapping({ method: RequestMethod[route.method], path: route.path }),
    HttpCode(route.status),
    ApiOperation({ summary: route.summary, description: docs.description }),
  ];
  if (!route.public) decorators.push(ApiBearerAuth());
  if (route.response.kind === 'file') decorators.push(ApiProduces(route.response.contentType));
  const apply = applyDecorators(...decorators);
  return (target, key, descriptor) => {
    assertHandlerMatches(route, target, key);
    apply(target, key, descriptor);
  };
}

interface RouteArgument {
  index: number;
  data?: unknown;
}

/** The handler's request arguments as Nest's parameter decorators recorded them (applied before this one). */
function handlerArguments(
  target: object,
  key: string | symbol,
): { type: RouteParamtypes; argument: RouteArgument }[] {
  const recorded = (Reflect.getMetadata(ROUTE_ARGS_METADATA, target.constructor, key) ?? {}) as Record<
    string,
    RouteArgument
  >;
  return Object.entries(recorded).map(([argumentKey, argument]) => ({
    // Custom decorators (e.g. @CurrentUser()) have keys like "7__customRouteArgs__:0": never a number here.
    type: Number(argumentKey.split(':')[0]),
    argument,
  }));
}

function assertHandlerMatches(route: RouteDefinition, target: object, key: string | symbol): void {
  const where = `${target.constructor.name}.${String(key)} (${route.method} ${route.path})`;
  const args = handlerArguments(target, key);
  const paramTypes = (Reflect.getMetadata('design:paramtypes', target, key) ?? []) as unknown[];
  const schemaOf = (type: RouteParamtypes): unknown[] =>
    args
      .filter((entry) => entry.type === type && entry.argument.data === undefined)
      .map((entry) => (paramTypes[entry.argument.index] as { schema?: unknown } | undefined)?.schema);

  const pathParams = args
    .filter((entry) => entry.type === RouteParamtypes.PARAM)
    .map((entry) => String(entry.argument.data))
    .sort();
  const expectedParams = pathParamNames(route).sort();
  if (pathParams.join() !== expectedParams.join()) {
    throw new Error(
      `${where}: path parameters [${pathParams.join()}], the route has [${expectedParams.join()}]`,
    );
  }
  for (const [type, name, schema] of [
    [RouteParamtypes.BODY, 'body', route.body],
    [RouteParamtypes.QUERY, 'query', route.query],
  ] as const) {
    const found = schemaOf(type);
    const matches = schema ? found.length === 1 && found[0] === schema : found.length === 0;
    if (!matches) {
      throw new Error(
        `${where}: the ${name} must be ${schema ? "a createZodDto of the route's own schema" : 'absent'}`,
      );
    }
  }
}
