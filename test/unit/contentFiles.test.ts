import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCatalog } from '../../lambda/content/catalog';
import { readCatalogSource } from '../../lambda/content/contentCatalog';
import { logger } from '../../lambda/observability/logger';

const CONTENT = path.resolve(__dirname, '..', '..', 'content');

describe('content files read at run time', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'fortune-content-'));
    cpSync(CONTENT, root, { recursive: true });
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  test('a broken deck file is logged by name and skipped; the other decks still answer', () => {
    const errors = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    writeFileSync(path.join(root, 'en', 'batch.json'), '{ "deck": "batch", "items": [ ');
    const catalog = buildCatalog('en', readCatalogSource(root, 'en'), () => undefined);
    expect(errors).toHaveBeenCalledWith(
      'content file unreadable; skipped',
      expect.objectContaining({ file: path.join(root, 'en', 'batch.json') }),
    );
    expect(catalog.series('batch-computing').some((item) => item.id.startsWith('batch-'))).toBe(false);
    expect(catalog.fortunes.length).toBeGreaterThan(0);
    expect(catalog.series('postmortems').length).toBeGreaterThan(0);
  });

  test('a missing question file leaves the quiz empty instead of failing', () => {
    jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    rmSync(path.join(root, 'de', 'questions.json'));
    const problems: string[] = [];
    const catalog = buildCatalog('de', readCatalogSource(root, 'de'), (p) => problems.push(p.message));
    expect(catalog.questions).toEqual([]);
    expect(problems).toContain('question file is malformed and was skipped');
    expect(catalog.tips.length).toBeGreaterThan(0);
  });
});
