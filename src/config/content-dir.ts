// Where the playbook's YAML data lives; KAM_CONTENT_DIR points a build at another copy (used by tests).
import { resolve } from 'node:path';

/** Absolute path of the content directory. */
export const contentDir = resolve(process.env.KAM_CONTENT_DIR ?? 'content');
