import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import type { Permission } from '@/utils/ability';

/** What the guard needs to know about the session. */
export interface GuardSession {
  readonly isAuthenticated: boolean;
  restore(): Promise<void>;
  can(action: Permission['action'], subject: Permission['subject']): boolean;
}

/**
 * Decides every navigation from the route's meta: public pages open for anyone, other pages need
 * a session, and pages that declare a permission need it. The server checks again on every call;
 * this only keeps users away from pages that could show them nothing.
 */
export function createAccessGuard(session: GuardSession, landingRoute: () => string | null) {
  return async (to: RouteLocationNormalized): Promise<true | RouteLocationRaw> => {
    if (!session.isAuthenticated) await session.restore();

    if (to.meta.public) {
      return session.isAuthenticated && to.name === 'login' ? redirectTarget(to) : true;
    }
    if (!session.isAuthenticated) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
    const permission = to.meta.permission;
    if (permission && !session.can(permission.action, permission.subject)) {
      return { name: 'forbidden', query: { from: to.fullPath } };
    }
    if (to.name === 'home') {
      const landing = landingRoute();
      if (landing) return { name: landing };
    }
    return true;
  };
}

/** Where a signed-in user goes from the login page: back where they were sent from, or home. */
export function redirectTarget(to: RouteLocationNormalized): RouteLocationRaw {
  const redirect = to.query.redirect;
  // Only paths inside the app: an absolute URL here would send the user to another site.
  return typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/';
}
