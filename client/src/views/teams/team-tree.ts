import type { Team } from '@/api/types';

/** A team with its sub-teams, as tree components take it. */
export interface TeamNode {
  id: number;
  team: Team;
  /** The team's name for pickers (el-tree-select's label). */
  label: string;
  children: TeamNode[];
}

/** The flat list GET /teams returns (parents before children) as a tree, siblings by name. */
export function buildTeamTree(teams: readonly Team[]): TeamNode[] {
  const nodes = new Map(teams.map((team) => [team.id, { id: team.id, team, label: team.name, children: [] as TeamNode[] }]));
  const roots: TeamNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.team.parentId === null ? undefined : nodes.get(node.team.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TeamNode[]) => {
    list.sort((a, b) => a.label.localeCompare(b.label));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The team and every team below it: what a team cannot be moved under. */
export function selfAndDescendants(teams: readonly Team[], id: number): Set<number> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const team of teams) {
      if (team.parentId !== null && found.has(team.parentId) && !found.has(team.id)) {
        found.add(team.id);
        grew = true;
      }
    }
  }
  return found;
}

/** A tree for picking a new parent: the team itself and its sub-teams are not offered. */
export function parentChoices(teams: readonly Team[], movingId: number): TeamNode[] {
  const excluded = selfAndDescendants(teams, movingId);
  return buildTeamTree(teams.filter((team) => !excluded.has(team.id)));
}

/** Whether the server would let the team be deleted: not the root, no sub-teams, no members. */
export function isDeletable(teams: readonly Team[], team: Team): boolean {
  return team.parentId !== null && team.memberCount === 0 && !teams.some((other) => other.parentId === team.id);
}

/** "Company / Sales / East": a team's place in the tree. */
export function teamPath(teams: readonly Team[], id: number): string {
  const byId = new Map(teams.map((team) => [team.id, team]));
  const names: string[] = [];
  for (let team = byId.get(id); team; team = team.parentId === null ? undefined : byId.get(team.parentId)) {
    names.unshift(team.name);
    if (names.length > teams.length) break;
  }
  return names.join(' / ');
}
