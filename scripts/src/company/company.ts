import { childPath } from '@crm/server/dist/common/access/team-path.js';
import { Random, Skewed } from './random.js';
import { GIVEN_NAMES, LATIN_FAMILY, LATIN_GIVEN, SURNAMES } from './vocabulary.js';

export type Size = 'S' | 'M' | 'L';

/** Row counts per size. The organisation is the same at every size; only the volume grows. */
export const SIZES: Record<Size, { customers: number; contactsPerCustomer: number }> = {
  S: { customers: 10_000, contactsPerCustomer: 2 },
  M: { customers: 100_000, contactsPerCustomer: 2 },
  L: { customers: 1_000_000, contactsPerCustomer: 2 },
};

export const DEFAULT_SEED = 20_260_401;

export interface TeamRow {
  id: number;
  name: string;
  kind: 'department' | 'team' | 'subteam';
  parentId: number;
  path: string;
  managerId: number | null;
}

export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  teamId: number;
  roles: string[];
}

export interface Owner {
  userId: number;
  teamPath: string;
}

export interface Company {
  teams: TeamRow[];
  users: UserRow[];
  /** Who owns customers, skewed: the first owner holds the most. */
  owners: Skewed<Owner>;
  /** The users the benchmark logs in as. */
  benchUsers: { sales: string; manager: string; director: string };
}

const DEPARTMENTS = [
  ['华东销售部', 'East Sales'],
  ['华南销售部', 'South Sales'],
  ['华北销售部', 'North Sales'],
  ['西部销售部', 'West Sales'],
];

/** Zipf exponent of customer ownership: the top salesperson holds about a tenth of all customers. */
const OWNERSHIP_SKEW = 0.9;

function personName(random: Random, index: number): string {
  if (index % 4 === 3) return `${random.pick(LATIN_GIVEN)} ${random.pick(LATIN_FAMILY)}`;
  return `${random.pick(SURNAMES)}${random.pick(GIVEN_NAMES)}`;
}

/**
 * The organisation: company > 4 sales departments > 2 teams each > 1 sub-team each (20 teams
 * under the root), and 200 users: an administrator, 2 directors, 12 managers (departments and
 * teams), 3 service and 2 finance users, 180 salespeople spread over the teams and sub-teams.
 * Ids are assigned here (the database is new), so the company is the same on every run.
 */
export function buildCompany(seed: number, root: { id: number; path: string }): Company {
  const random = new Random(seed);
  const teams: TeamRow[] = [];
  let nextTeamId = root.id + 1;
  const addTeam = (name: string, kind: TeamRow['kind'], parentId: number, parentPath: string): TeamRow => {
    const id = nextTeamId++;
    const team = { id, name, kind, parentId, path: childPath(parentPath, id), managerId: null };
    teams.push(team);
    return team;
  };
  const departments = DEPARTMENTS.map(([zh, en]) => addTeam(`${zh} ${en}`, 'department', root.id, root.path));
  const salesTeams: TeamRow[] = [];
  const subTeams: TeamRow[] = [];
  for (const [d, department] of departments.entries()) {
    for (const n of [1, 2]) {
      const team = addTeam(`${DEPARTMENTS[d][1]} ${n}组`, 'team', department.id, department.path);
      salesTeams.push(team);
      subTeams.push(addTeam(`${DEPARTMENTS[d][1]} ${n}组 新人`, 'subteam', team.id, team.path));
    }
  }

  const users: UserRow[] = [];
  const addUser = (username: string, teamId: number, roles: string[]): UserRow => {
    const user = { id: users.length + 1, username, displayName: personName(random, users.length), teamId, roles };
    users.push(user);
    return user;
  };
  addUser('admin', root.id, ['admin']);
  const director = addUser('director1', root.id, ['director']);
  addUser('director2', root.id, ['director']);
  let managerNo = 0;
  for (const team of [...departments, ...salesTeams]) {
    team.managerId = addUser(`manager${String(++managerNo).padStart(2, '0')}`, team.id, ['manager']).id;
  }
  for (const n of [1, 2, 3]) addUser(`service${n}`, root.id, ['service']);
  for (const n of [1, 2]) addUser(`finance${n}`, root.id, ['finance']);
  const groups = [...salesTeams, ...subTeams];
  const salespeople: UserRow[] = [];
  for (let n = 1; n <= 180; n++) salespeople.push(addUser(`sales${String(n).padStart(3, '0')}`, groups[(n - 1) % groups.length].id, ['sales']));

  const pathOf = new Map(teams.map((team) => [team.id, team.path]));
  const ranked = random.shuffle(salespeople);
  const teamManagers = salesTeams.map((team) => users[team.managerId! - 1]);
  const owners = new Skewed<Owner>(
    [...ranked, ...teamManagers].map((user) => ({ userId: user.id, teamPath: pathOf.get(user.teamId)! })),
    OWNERSHIP_SKEW,
  );

  // The manager who sees the top salesperson: the manager of their team, or of its parent team.
  const top = ranked[0];
  const topTeam = teams.find((team) => team.id === top.teamId)!;
  const managedTeam = topTeam.kind === 'subteam' ? teams.find((team) => team.id === topTeam.parentId)! : topTeam;
  return {
    teams,
    users,
    owners,
    benchUsers: { sales: top.username, manager: users[managedTeam.managerId! - 1].username, director: director.username },
  };
}
