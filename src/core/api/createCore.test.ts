import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../shared/api/contract';
import { PanohError } from '../../shared/errors';
import { makeTempDir, TEST_SCRYPT } from '../testing/tempVault';
import { type Core, createCore } from './createCore';
import { toInvokeResult } from './toInvokeResult';

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let events: { event: EventName; payload: unknown }[];

beforeEach(() => {
  temp = makeTempDir();
  events = [];
  core = createCore({
    vaultPath: join(temp.dir, 'office.panoh'),
    prefsPath: join(temp.dir, 'prefs.json'),
    scrypt: TEST_SCRYPT,
    emit: (event, payload) => events.push({ event, payload }),
  });
});
afterEach(() => {
  core.close();
  temp.cleanup();
});

describe('the core API', () => {
  it('walks a vault through create, lock, unlock and check', async () => {
    expect(await core.invoke('vault.status', {})).toEqual({ exists: false, unlocked: false, fileName: 'office.panoh' });
    const { recoveryKey } = await core.invoke('vault.create', { passphrase: 'юридическое бюро Тараз' });
    expect(recoveryKey).toMatch(/^[0-9A-Z-]{39}$/);
    await core.invoke('vault.lock', {});
    expect(events).toEqual([{ event: 'vault.locked', payload: { reason: 'user' } }]);
    expect(await core.invoke('vault.status', {})).toMatchObject({ exists: true, unlocked: false });
    await core.invoke('vault.unlock', { passphrase: 'юридическое бюро Тараз' });
    expect(await core.invoke('vault.check', {})).toMatchObject({ integrity: 'ok', plaintextHeader: false });
  });

  it('locks even when the vault can no longer take the lock’s audit entry (a damaged file, a full disk)', async () => {
    await core.invoke('vault.create', { passphrase: 'юридическое бюро Тараз' });
    vi.spyOn(core.workspace().audit, 'append').mockImplementation(() => {
      throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
    });
    await core.invoke('vault.lock', {});
    expect(await core.invoke('vault.status', {})).toMatchObject({ unlocked: false });
    expect(events).toEqual([{ event: 'vault.locked', payload: { reason: 'user' } }]);
    await expect(core.invoke('applicants.list', {})).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });

  it('refuses work on a locked vault', async () => {
    await core.invoke('vault.create', { passphrase: 'юридическое бюро Тараз' });
    await core.invoke('vault.lock', { reason: 'idle' });
    expect(events.at(-1)).toEqual({ event: 'vault.locked', payload: { reason: 'idle' } });
    await expect(core.invoke('vault.check', {})).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  });

  it('rejects bad input naming the field but never echoing the value', async () => {
    const secret = 'Каримов Рустам паспорт AA1234567';
    const result = await toInvokeResult(() => core.invoke('vault.unlock', { passphrase: 42, note: secret }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.fields).toEqual(
      expect.arrayContaining([
        { path: 'note', issue: 'unknownField' },
        { path: 'passphrase', issue: 'invalidType' },
      ]),
    );
    expect(JSON.stringify(result)).not.toContain('Каримов');
  });

  it('turns an unknown method into UNKNOWN_METHOD and an unexpected failure into a bare INTERNAL', async () => {
    await expect(core.invoke('vault.format' as never, {})).rejects.toMatchObject({ code: 'UNKNOWN_METHOD' });
    const result = await toInvokeResult(async () => {
      throw new Error('SQLITE_ERROR near "Абдуллаев": syntax error');
    });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('keeps preferences in a file that survives a restart and tells listeners', async () => {
    expect(await core.invoke('prefs.get', {})).toEqual({ language: 'ru', autoLockMinutes: 5, enterKey: 'next' });
    await core.invoke('prefs.set', { language: 'kk' });
    expect(events.at(-1)).toEqual({
      event: 'prefs.changed',
      payload: { language: 'kk', autoLockMinutes: 5, enterKey: 'next' },
    });
    await expect(core.invoke('prefs.set', { autoLockMinutes: 0 })).rejects.toBeInstanceOf(PanohError);
    const reopened = createCore({ vaultPath: join(temp.dir, 'office.panoh'), prefsPath: join(temp.dir, 'prefs.json') });
    expect(await reopened.invoke('prefs.get', {})).toEqual({ language: 'kk', autoLockMinutes: 5, enterKey: 'next' });
    expect(JSON.parse(readFileSync(join(temp.dir, 'prefs.json'), 'utf8'))).toEqual({
      language: 'kk',
      autoLockMinutes: 5,
      enterKey: 'next',
    });
    await reopened.invoke('prefs.set', { enterKey: 'save' });
    expect((await reopened.invoke('prefs.get', {})).enterKey).toBe('save');
  });
});

describe('case records through the API', () => {
  it('creates, reads, edits and deletes an applicant with a timeline, and checks the audit chain', async () => {
    await core.invoke('vault.create', { passphrase: 'юридическое бюро Тараз' });
    const { id } = await core.invoke('applicants.create', {
      fields: { familyName: 'Юсупова', givenName: 'Дилноза', citizenship: ['UZ'], birthDate: '1994-11-02' },
    });
    await core.invoke('events.create', {
      applicantId: id,
      event: { type: 'decision', decidedOn: '2026-09-01', outcome: 'refused', notifiedOn: '2026-09-04' },
    });
    expect(await core.invoke('applicants.update', { id, fields: { caseStatus: 'refused' } })).toEqual({
      changed: ['caseStatus'],
    });
    const page = await core.invoke('applicants.get', { id });
    expect(page.applicant).toMatchObject({ familyName: 'Юсупова', caseStatus: 'refused' });
    expect(page.events.map((e) => e.event.type)).toEqual(['decision']);
    await core.invoke('applicants.delete', { id });
    expect((await core.invoke('trash.list', {})).map((item) => item.label)).toEqual(['Юсупова Дилноза']);
    await core.invoke('trash.restore', { kind: 'applicant', id });
    const audit = await core.invoke('audit.list', { applicantId: id });
    expect(audit.map((e) => e.action)).toEqual(['restore', 'delete', 'update', 'create', 'create']);
    expect(await core.invoke('vault.check', {})).toMatchObject({ integrity: 'ok', auditChain: 'ok' });
    expect((await core.invoke('audit.list', {})).at(-1)).toMatchObject({ action: 'create', targetKind: 'vault' });
  });

  it('refuses record work while locked and audits lock and unlock', async () => {
    await core.invoke('vault.create', { passphrase: 'юридическое бюро Тараз' });
    await core.invoke('vault.lock', {});
    await expect(core.invoke('applicants.list', {})).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await core.invoke('vault.unlock', { passphrase: 'юридическое бюро Тараз' });
    expect((await core.invoke('audit.list', { limit: 2 })).map((e) => e.action)).toEqual(['unlock', 'lock']);
  });
});

describe('deadline rules through the API', () => {
  it('lets the office confirm and change a period, recomputing every deadline, and audits it', async () => {
    await core.invoke('vault.create', { passphrase: 'юридическое бюро Тараз' });
    const { id } = await core.invoke('applicants.create', { fields: { familyName: 'Yusupova' } });
    await core.invoke('events.create', {
      applicantId: id,
      event: { type: 'decision', decidedOn: '2026-09-01', outcome: 'refused', notifiedOn: '2026-09-04' },
    });
    expect(await core.invoke('deadlines.forApplicant', { applicantId: id })).toMatchObject([
      { ruleId: 'appeal_against_refusal', dueOn: '2026-10-04', unconfirmed: true },
    ]);
    // Confirming a period names the law it was read in; without it nothing changes.
    await expect(
      core.invoke('deadlines.setRule', { id: 'appeal_against_refusal', length: { days: 15 }, confirmed: true }),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', fields: [{ path: 'legalBasis', issue: 'legalBasisRequired' }] });
    const shipped = (await core.invoke('deadlines.rules', {})).find((r) => r.id === 'appeal_against_extradition');
    expect(shipped).toMatchObject({ confirmation: 'publicSources', confirmed: true });
    expect(shipped?.legalBasis).toBeUndefined();
    await core.invoke('profile.set', { name: 'Айгуль Серикова' });
    const rules = await core.invoke('deadlines.setRule', {
      id: 'appeal_against_refusal',
      length: { days: 15 },
      confirmed: true,
      legalBasis: 'АППК РК (проверено юристом бюро)',
    });
    expect(rules.find((r) => r.id === 'appeal_against_refusal')).toMatchObject({
      confirmation: 'office',
      legalBasis: 'АППК РК (проверено юристом бюро)',
      confirmedBy: 'Айгуль Серикова',
    });
    expect(await core.invoke('deadlines.forApplicant', { applicantId: id })).toMatchObject([
      { ruleId: 'appeal_against_refusal', dueOn: '2026-09-19', unconfirmed: false },
    ]);
    expect((await core.invoke('audit.list', { limit: 1 }))[0]).toMatchObject({
      action: 'update',
      targetKind: 'rule',
      targetId: 'appeal_against_refusal',
      fields: ['length', 'confirmed', 'legalBasis'],
      detail: { reason: 'ruleConfirmed' },
    });
    await expect(core.invoke('deadlines.setRule', { id: 'no_such_rule', enabled: false })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
