import { describe, expect, it } from 'vitest';
import type { Team } from '@/api/types';
import { childKind, toCreateTeamBody, toTeamFormModel, toUpdateTeamBody } from './team-form-model';

const EAST: Team = { id: 3, name: 'East', teamKind: 'team', parentId: 2, managerId: 3, memberCount: 3, version: 4 };

describe('team form model', () => {
  it('suggests the kind one level below the parent', () => {
    expect(childKind({ ...EAST, teamKind: 'company' })).toBe('department');
    expect(childKind(EAST)).toBe('subteam');
  });

  it('creates under the parent and sends only changes with the version', () => {
    expect(toCreateTeamBody({ name: ' North ', teamKind: 'team', managerId: undefined }, 2)).toEqual({
      name: 'North',
      teamKind: 'team',
      parentId: 2,
      managerId: null,
    });
    const original = toTeamFormModel(EAST);
    expect(toUpdateTeamBody(original, { ...original, managerId: undefined }, 4)).toEqual({ managerId: null, version: 4 });
    expect(toUpdateTeamBody(original, { ...original, name: 'East China' }, 4)).toEqual({ name: 'East China', version: 4 });
  });
});
