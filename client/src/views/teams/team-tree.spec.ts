import { describe, expect, it } from 'vitest';
import type { Team } from '@/api/types';
import { buildTeamTree, isDeletable, parentChoices, selfAndDescendants, teamPath } from './team-tree';

const team = (id: number, name: string, parentId: number | null, memberCount = 0): Team => ({
  id,
  name,
  parentId,
  memberCount,
  teamKind: parentId === null ? 'company' : 'team',
  managerId: null,
  version: 1,
});

const TEAMS = [team(1, 'Company', null, 2), team(2, 'Sales', 1), team(3, 'West', 2, 1), team(4, 'East', 2, 3), team(5, 'Finance', 1)];

describe('team tree', () => {
  it('nests teams under their parents, siblings by name', () => {
    const [root] = buildTeamTree(TEAMS);
    expect(root?.label).toBe('Company');
    expect(root?.children.map((node) => node.label)).toEqual(['Finance', 'Sales']);
    expect(root?.children[1]?.children.map((node) => node.label)).toEqual(['East', 'West']);
  });

  it('does not offer a team, or its sub-teams, as its own new parent', () => {
    expect([...selfAndDescendants(TEAMS, 2)].sort()).toEqual([2, 3, 4]);
    const [root] = parentChoices(TEAMS, 2);
    expect(root?.children.map((node) => node.label)).toEqual(['Finance']);
  });

  it('allows deleting only empty leaf teams below the company', () => {
    expect(TEAMS.filter((t) => isDeletable(TEAMS, t)).map((t) => t.name)).toEqual(['Finance']);
  });

  it('spells out a team’s place in the tree', () => {
    expect(teamPath(TEAMS, 3)).toBe('Company / Sales / West');
    expect(teamPath(TEAMS, 99)).toBe('');
  });
});
