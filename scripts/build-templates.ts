/**
 * Writes the shipped Word templates (resources/templates/*.docx), their descriptions
 * (resources/templates/templates.json) and docs/templates.md from scripts/templates/.
 * Run after changing a template's wording or the field tree: `npx tsx scripts/build-templates.ts`.
 * A unit test fails while the committed files differ from what this writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildTemplateFiles } from './templates/buildTemplates';

const root = join(__dirname, '..');
for (const [path, content] of buildTemplateFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  process.stdout.write(`wrote ${path}\n`);
}
