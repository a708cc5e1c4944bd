import { fileURLToPath } from 'node:url';

/** The checkout's root folder (this file is compiled to dist/src/testing/). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
