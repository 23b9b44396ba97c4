import { computed, shallowRef } from 'vue';
import { teamsApi } from '@/api/teams-api';
import type { Team } from '@/api/types';
import { buildTeamTree, teamPath } from './team-tree';

/** The team tree, for pages that show teams or let the user pick one. */
export function useTeams() {
  const teams = shallowRef<Team[]>([]);
  const loading = shallowRef(false);
  const tree = computed(() => buildTeamTree(teams.value));
  const byId = computed(() => new Map(teams.value.map((team) => [team.id, team])));

  async function load(): Promise<void> {
    loading.value = true;
    try {
      teams.value = await teamsApi.list();
    } finally {
      loading.value = false;
    }
  }

  const nameOf = (id: number | null | undefined) => (id == null ? '' : (byId.value.get(id)?.name ?? `#${id}`));
  const pathOf = (id: number) => teamPath(teams.value, id);

  return { teams, loading, tree, byId, load, nameOf, pathOf };
}
