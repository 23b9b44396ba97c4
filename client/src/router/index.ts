import { createRouter, createWebHistory } from 'vue-router';
import { onSessionExpired } from '@/api/http';
import { useSessionStore } from '@/stores/session';
import { createAccessGuard } from './guard';
import { navRoutes, routes } from './routes';

export const router = createRouter({ history: createWebHistory(), routes });

/** The first sidebar page the user may open: where "/" leads. */
function landingRoute(): string | null {
  const session = useSessionStore();
  const first = navRoutes.find(
    (route) => !route.meta?.permission || session.can(route.meta.permission.action, route.meta.permission.subject),
  );
  return typeof first?.name === 'string' ? first.name : null;
}

export function installRouterGuards(): void {
  router.beforeEach(createAccessGuard(useSessionStore(), landingRoute));

  // A session that cannot be renewed ends on the login page, which brings the user back after.
  onSessionExpired(() => {
    const session = useSessionStore();
    session.clear();
    const current = router.currentRoute.value;
    if (current.name !== 'login') {
      void router.push({ name: 'login', query: { redirect: current.fullPath } });
    }
  });
}
