// Records content/ as the shipped sample (tests/sample/content.sha256), after the sample data was changed on purpose.
import { recordSample } from '#tests/sample/sample-content.ts';

console.log(`recorded the sample's fingerprint: ${recordSample()}`);
