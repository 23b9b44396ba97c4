import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Controller, Delete, Get, Post, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ACCESS_RULE, type AccessRule, Authenticated, Permission, Public } from '../src/common/access/decorators.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Every HTTP route declares who may call it (decorators.ts). The global AccessGuard refuses routes
 * that declare nothing, so a forgotten rule shows up as a 403 in production; this test catches it
 * at build time instead, checks the set of public routes, and probes each route over HTTP.
 */
const GLOBAL_PREFIX = 'api';

interface Route {
  controller: string;
  handler: string;
  method: string;
  path: string;
  rule: AccessRule | undefined;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value : [value ?? '']).map(String);

function joinPath(...parts: string[]): string {
  const joined = parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/');
  return `/${joined}`;
}

/** The routes of some controller classes, each with the access rule that applies (handler over class). */
function routesOf(controllers: Type[]): Route[] {
  const scanner = new MetadataScanner();
  const routes: Route[] = [];
  for (const controller of controllers) {
    const classRule = Reflect.getMetadata(ACCESS_RULE, controller) as AccessRule | undefined;
    const prefixes = asList(Reflect.getMetadata(PATH_METADATA, controller));
    for (const name of scanner.getAllMethodNames(controller.prototype)) {
      const handler = controller.prototype[name] as object;
      const paths = Reflect.getMetadata(PATH_METADATA, handler);
      if (paths === undefined) continue; // a helper, not a route
      const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod;
      const rule = (Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined) ?? classRule;
      for (const prefix of prefixes) {
        for (const path of asList(paths)) {
          routes.push({
            controller: controller.name,
            handler: name,
            method: RequestMethod[requestMethod],
            path: joinPath(GLOBAL_PREFIX, prefix, path),
            rule,
          });
        }
      }
    }
  }
  return routes;
}

const describeRoute = (route: Route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`;

/** The routes that declare no access rule; empty when every route is covered. */
function routesWithoutRule(routes: Route[]): string[] {
  return routes.filter((route) => !route.rule).map(describeRoute);
}

// Throwaway controllers for the checker's own tests; never registered in the app.
@Controller('throwaway')
class ForgetfulController {
  @Get()
  list() {}

  @Post(':id/poke')
  poke() {}

  @Get('open')
  @Public()
  open() {}

  notARoute() {}
}

@Controller('covered')
@Authenticated()
class ClassRuleController {
  @Get()
  list() {}

  @Delete(':id')
  @Permission('customers', 'delete')
  remove() {}
}

let app: TestApp;
let routes: Route[];

beforeAll(async () => {
  app = await startTestApp();
  const discovery = new DiscoveryService(app.server.app.get(ModulesContainer));
  const controllers = discovery
    .getControllers()
    .map((wrapper) => wrapper.metatype as Type | null)
    .filter((metatype): metatype is Type => !!metatype);
  routes = routesOf([...new Set(controllers)]);
});

afterAll(async () => {
  await app?.stop();
});

describe('the route checker', () => {
  it('finds a route without a rule, and only that', () => {
    const found = routesOf([ForgetfulController]);
    expect(found.map(describeRoute).sort()).toEqual([
      'GET /api/throwaway (ForgetfulController.list)',
      'GET /api/throwaway/open (ForgetfulController.open)',
      'POST /api/throwaway/:id/poke (ForgetfulController.poke)',
    ]);
    expect(routesWithoutRule(found).sort()).toEqual([
      'GET /api/throwaway (ForgetfulController.list)',
      'POST /api/throwaway/:id/poke (ForgetfulController.poke)',
    ]);
  });

  it('accepts a rule on the class, and lets a handler rule override it', () => {
    const found = routesOf([ClassRuleController]);
    expect(routesWithoutRule(found)).toEqual([]);
    expect(Object.fromEntries(found.map((route) => [route.handler, route.rule]))).toEqual({
      list: { kind: 'authenticated' },
      remove: { kind: 'permission', module: 'customers', action: 'delete' },
    });
  });
});

describe('the app', () => {
  it('has routes to check', () => {
    // Guards against the discovery silently finding nothing.
    expect(routes.length).toBeGreaterThanOrEqual(20);
    expect([...new Set(routes.map((route) => route.controller))]).toEqual(
      expect.arrayContaining(['AuthController', 'HealthController', 'UsersController', 'TeamsController', 'CustomersController', 'ContactsController']),
    );
    // The paths worked out here are the ones Fastify serves, so the probes below hit real routes.
    const fastify = app.server.app.getHttpAdapter().getInstance();
    const unregistered = routes.filter((route) => !fastify.hasRoute({ method: route.method as 'GET', url: route.path }));
    expect(unregistered.map(describeRoute)).toEqual([]);
  });

  it('declares an access rule on every route', () => {
    expect(routesWithoutRule(routes)).toEqual([]);
  });

  it('has exactly the expected public routes', () => {
    const publicRoutes = routes.filter((route) => route.rule?.kind === 'public').map((route) => `${route.method} ${route.path}`);
    expect(publicRoutes.sort()).toEqual(
      ['GET /api/health', 'POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/refresh', 'POST /api/intake/leads'].sort(),
    );
  });
});

describe('the rules are enforced over HTTP', () => {
  const ABSENT_ID = '999999';
  const urlOf = (route: Route) => route.path.replace(/^\/api/, '').replace(/:\w+/g, ABSENT_ID);

  async function call(username: string | null, route: Route) {
    const client = app.as(username);
    const url = urlOf(route);
    switch (route.method) {
      case 'GET':
        return client.get(url);
      case 'POST':
        return client.post(url, {});
      case 'PATCH':
        return client.patch(url, {});
      case 'PUT':
        return client.put(url, {});
      case 'DELETE':
        return client.delete(url);
      default:
        throw new Error(`no probe for ${route.method}`);
    }
  }

  it('refuses anonymous callers on every non-public route, and lets them reach the public ones', async () => {
    const outcomes = [];
    const expected = [];
    for (const route of routes) {
      const response = await call(null, route);
      const refused = response.status === 401 && response.body?.code === 'TOKEN_INVALID';
      outcomes.push({ route: describeRoute(route), refused });
      expected.push({ route: describeRoute(route), refused: route.rule?.kind !== 'public' });
      if (route.rule?.kind === 'public') expect([401, 403]).not.toContain(response.status);
    }
    expect(outcomes).toEqual(expected);
  });

  it('refuses a user whose roles lack the permission, and lets one who has it through the guard', async () => {
    const users = ['admin', 'director', 'manager1', 'sales1', 'finance', 'service', 'procurement'];
    const rules = new Map<string, Array<{ action: string; subject: string }>>();
    for (const user of users) rules.set(user, (await app.as(user).get('/auth/me')).body.rules);
    const may = (user: string, module: string, action: string) =>
      rules.get(user)!.some((rule) => rule.subject === module && rule.action === action);

    let refusals = 0;
    for (const route of routes) {
      const rule = route.rule!;
      if (rule.kind === 'public') continue;
      if (rule.kind === 'authenticated') {
        const response = await call('procurement', route);
        expect({ route: describeRoute(route), denied: [401, 403].includes(response.status) }).toEqual({ route: describeRoute(route), denied: false });
        continue;
      }
      const lacking = users.find((user) => !may(user, rule.module, rule.action));
      if (lacking) {
        const response = await call(lacking, route);
        expect({ route: describeRoute(route), user: lacking, status: response.status, code: response.body?.code }).toEqual({
          route: describeRoute(route),
          user: lacking,
          status: 403,
          code: 'FORBIDDEN',
        });
        refusals++;
      }
      const having = users.find((user) => may(user, rule.module, rule.action))!;
      const allowed = await call(having, route);
      expect({ route: describeRoute(route), user: having, denied: [401, 403].includes(allowed.status) }).toEqual({
        route: describeRoute(route),
        user: having,
        denied: false,
      });
    }
    expect(refusals).toBeGreaterThan(0);
  });
});
