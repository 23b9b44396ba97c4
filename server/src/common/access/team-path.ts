/**
 * Team paths are the ancestor ids of a team, root first, six digits each ("000001000004").
 * Digits only, so every engine and collation orders them the same way and a subtree is the
 * half-open range [path, successor(path)).
 */
const SEGMENT = 6;

export function childPath(parentPath: string | null, teamId: number): string {
  const segment = String(teamId).padStart(SEGMENT, '0');
  if (segment.length > SEGMENT) throw new Error(`team id ${teamId} does not fit a team path segment`);
  return (parentPath ?? '') + segment;
}

/** The smallest path greater than every path in the subtree of `path`. */
export function subtreeUpperBound(path: string): string {
  const digits = path.split('');
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] !== '9') {
      digits[i] = String(Number(digits[i]) + 1);
      return digits.slice(0, i + 1).join('');
    }
  }
  return '9'.repeat(path.length + 1);
}

export function isInSubtree(path: string, rootPath: string): boolean {
  return path.startsWith(rootPath);
}

/** The path of every team from the root down to and including this one. */
export function ancestorPaths(path: string): string[] {
  const paths: string[] = [];
  for (let end = SEGMENT; end <= path.length; end += SEGMENT) paths.push(path.slice(0, end));
  return paths;
}

export function ancestorIds(path: string): number[] {
  const ids: number[] = [];
  for (let i = 0; i < path.length; i += SEGMENT) ids.push(Number(path.slice(i, i + SEGMENT)));
  return ids;
}
