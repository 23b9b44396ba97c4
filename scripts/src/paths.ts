import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, from scripts/dist (or scripts/src when type-checking). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'server/dist/main.js');
/** The built web client, which the built server serves on its own port. */
export const CLIENT_DIST = path.join(REPO_ROOT, 'client/dist');
