import { afterEach, describe, expect, it } from 'vitest';
import { PanohError } from '../../shared/errors';
import type { BundleChange } from '../../shared/sync/bundle';
import { CREATED_FIELD } from '../records/creationChange';
import { openTestWorkspace } from '../testing/openWorkspace';
import { prepared } from '../vault/prepared';
import { ChangeApplier } from './applyChanges';

type Env = Awaited<ReturnType<typeof openTestWorkspace>>;
const opened: Env[] = [];
afterEach(() => {
  for (const env of opened.splice(0)) env.close();
});

async function vault(): Promise<Env> {
  const env = await openTestWorkspace();
  opened.push(env);
  return env;
}

/** What a bundle would carry: every change of the log, in the order bundles list them. */
function logOf(env: Env): BundleChange[] {
  return (
    prepared(
      env.workspace.db,
      'SELECT hlc, tbl, row_id AS rowId, field, value, prev_hlc AS prevHlc FROM changes ORDER BY tbl, row_id, field, hlc',
    ).all() as BundleChange[]
  ).map((change) => ({ ...change }));
}

function apply(env: Env, changes: BundleChange[]) {
  return env.workspace.store.transaction(() => {
    const applier = new ChangeApplier(env.workspace.db, env.workspace.store, env.workspace.clock, changes.length, {
      self: env.workspace.clock.deviceId,
      sender: '0000000000000000',
      senderNewest: '',
      createdAtMillis: Date.now(),
      revoked: new Map(),
    });
    for (const change of changes) applier.add(change);
    return applier.finish();
  });
}

/** The same history with each creation spelled field by field, as bundles of version 1 carried it. */
function fieldByField(changes: BundleChange[]): BundleChange[] {
  const expanded = changes.flatMap((change) =>
    change.field === CREATED_FIELD
      ? Object.entries(JSON.parse(change.value) as Record<string, unknown>).map(([field, value]) => ({
          ...change,
          field,
          value: JSON.stringify(value),
        }))
      : [change],
  );
  const key = (c: BundleChange) => `${c.tbl}\u0000${c.rowId}\u0000${c.field}\u0000${c.hlc}`;
  return expanded.sort((x, y) => (key(x) < key(y) ? -1 : 1));
}

function docOf(env: Env, id: string) {
  return env.workspace.applicants.get(id).doc;
}

function conflicts(env: Env): number {
  return (prepared(env.workspace.db, 'SELECT count(*) AS n FROM conflicts').get() as { n: number }).n;
}

describe('a creation change', () => {
  it('means exactly one change per field it sets: both spellings merge to the same record and the same clocks', async () => {
    const [origin, whole, spelled] = [await vault(), await vault(), await vault()];
    const id = origin.workspace.applicants.create({ familyName: 'Назаров', address: 'Алматы', citizenship: ['TJ'] });
    const created = logOf(origin);
    expect(created.map((c) => c.field)).toEqual([CREATED_FIELD]);
    expect(apply(whole, created)).toMatchObject({ received: 1, conflicts: 0, waiting: 0 });
    const fields = Object.keys(JSON.parse(created[0]?.value ?? '{}'));
    expect(fields.length).toBeGreaterThan(3);
    expect(apply(spelled, fieldByField(created))).toMatchObject({ received: fields.length, conflicts: 0, waiting: 0 });
    expect(docOf(whole, id)).toEqual(docOf(origin, id));
    expect(docOf(spelled, id)).toEqual(docOf(origin, id));

    // An edit made after seeing the creation replaced the creation's value everywhere: no conflict.
    origin.workspace.applicants.update(id, { ...docOf(origin, id), address: 'Тараз' });
    const edit = logOf(origin).filter((c) => c.field === 'address');
    expect(edit[0]?.prevHlc).toBe(created[0]?.hlc);
    apply(whole, edit);
    apply(spelled, edit);
    expect([conflicts(whole), conflicts(spelled)]).toEqual([0, 0]);
    expect([docOf(whole, id).address, docOf(spelled, id).address]).toEqual(['Тараз', 'Тараз']);

    // Edits on either receiver name the same clock as the value they replace.
    whole.workspace.applicants.update(id, { ...docOf(whole, id), familyName: 'Nazarov' });
    spelled.workspace.applicants.update(id, { ...docOf(spelled, id), familyName: 'Nazarov' });
    const prevOf = (env: Env) => logOf(env).find((c) => c.field === 'familyName' && c.prevHlc !== '')?.prevHlc;
    expect(prevOf(whole)).toBe(created[0]?.hlc);
    expect(prevOf(spelled)).toBe(created[0]?.hlc);
  });

  it('against an edit made without seeing it is a conflict, whichever arrives first', async () => {
    const [origin, other] = [await vault(), await vault()];
    const id = origin.workspace.applicants.create({ familyName: 'Yusupova', phone: '1' });
    const [creation] = logOf(origin);
    if (!creation) throw new Error('no creation');
    // A change of the phone by a device that never saw the creation (it replaced nothing).
    const blind: BundleChange = {
      ...creation,
      hlc: creation.hlc.replace(/-[0-9a-f]{16}$/, '-00000000000000ff'),
      field: 'phone',
      value: JSON.stringify('2'),
      prevHlc: '',
    };
    apply(other, [blind]);
    expect(apply(other, [creation])).toMatchObject({ conflicts: 1 });
    expect(apply(origin, [blind])).toMatchObject({ conflicts: 1 });
    expect(docOf(other, id)).toEqual(docOf(origin, id));
  });

  it('leaves empty lists unset, so a colleague who missed an edit of one sees no conflict', async () => {
    const [origin, other] = [await vault(), await vault()];
    const id = origin.workspace.applicants.create({ familyName: 'Yusupova' });
    apply(other, logOf(origin));
    origin.workspace.applicants.update(id, { ...docOf(origin, id), languages: ['ru'] });
    origin.workspace.applicants.update(id, { ...docOf(origin, id), languages: ['ru', 'tg'] });
    // Only the last edit reaches the colleague (a bundle made for someone who had the first).
    const last = logOf(origin)
      .filter((c) => c.field === 'languages')
      .at(-1);
    if (!last) throw new Error('no edit');
    expect(apply(other, [last])).toMatchObject({ received: 1, conflicts: 0 });
    expect(docOf(other, id).languages).toEqual(['ru', 'tg']);
  });

  it('stored unreadable by an older version is ignored, not an error for every later edit', async () => {
    const env = await vault();
    const id = env.workspace.applicants.create({ familyName: 'Asanova' });
    const [creation] = logOf(env);
    prepared(
      env.workspace.db,
      'INSERT INTO changes (hlc, device_id, tbl, row_id, field, value, prev_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      `${creation?.hlc.slice(0, 15)}-99999-00000000000000aa`,
      '00000000000000aa',
      'applicants',
      id,
      CREATED_FIELD,
      '"junk"',
      '',
    );
    expect(env.workspace.applicants.update(id, { ...docOf(env, id), phone: '1' })).toEqual(['phone']);
  });

  it('that is not a record is refused, and nothing of the import is kept', async () => {
    const [origin, target] = [await vault(), await vault()];
    origin.workspace.applicants.create({ familyName: 'Asanova' });
    const [good] = logOf(origin);
    if (!good) throw new Error('no creation');
    const damaged = ['[]', '"Asanova"', 'not json', '{"_deleted":true}', '{"family-name":"Asanova"}'];
    for (const value of damaged) {
      const bad = { ...good, rowId: good.rowId.replace(/^./, good.rowId.startsWith('f') ? '0' : 'f'), value };
      const changes = [good, bad].sort((x, y) => (x.rowId < y.rowId ? -1 : 1));
      expect(() => apply(target, changes)).toThrow(PanohError);
      expect(logOf(target)).toEqual([]);
    }
    expect(() => apply(target, [{ ...good, prevHlc: good.hlc }])).toThrow(PanohError);
    expect(logOf(target)).toEqual([]);
  });
});
