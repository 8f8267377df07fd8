import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicantFields } from '../../shared/records/applicant';
import { openTestWorkspace } from '../testing/openWorkspace';
import { computeDeadlines, type TimelineEntry } from './computeDeadlines';
import { DEFAULT_RULES } from './deadlineRules';

let env: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => {
  env = await openTestWorkspace();
});
afterEach(() => env.close());

const base: Omit<ApplicantFields, 'familyName'> = {
  aliases: [],
  sex: 'unknown',
  citizenship: [],
  languages: [],
  documents: [],
  familyLinks: [],
  vulnerabilities: [],
  caseStatus: 'refused',
};
const due = (items: { ruleId: string; dueOn: string; unconfirmed: boolean }[]) =>
  items.map((d) => [d.ruleId, d.dueOn, d.unconfirmed]);

describe('deadline rules', () => {
  it('ship with the unconfirmed refusal rule marked so, and fingerprinting off', () => {
    expect(DEFAULT_RULES.find((r) => r.id === 'appeal_against_refusal')).toMatchObject({
      confirmed: false,
      enabled: true,
    });
    expect(DEFAULT_RULES.find((r) => r.id === 'fingerprinting_after_petition')?.enabled).toBe(false);
    expect(DEFAULT_RULES.every((r) => r.source.length > 10)).toBe(true);
  });

  it('compute each trigger, and drop a deadline the record shows was met', () => {
    const applicant = { ...base, familyName: 'A', arrivalDate: '2026-05-10' };
    const refusal = {
      id: 'd1',
      event: { type: 'decision', decidedOn: '2026-08-15', outcome: 'refused', notifiedOn: '2026-08-19' },
    } as const;
    const extradition = {
      id: 'x1',
      event: {
        type: 'extradition',
        requestingState: 'UZ',
        receivedOn: '2026-06-02',
        prosecutorDecisionNotifiedOn: '2026-10-25',
        outcome: 'approved',
      },
    } as const;
    expect(due(computeDeadlines('p', applicant, [refusal, extradition], DEFAULT_RULES))).toEqual([
      ['petition_after_arrival', '2026-05-15', false],
      ['appeal_against_extradition', '2026-11-04', false],
      ['appeal_against_refusal', '2026-09-19', true],
    ]);
    const petition = {
      id: 'p1',
      event: { type: 'asylumApplication', filedOn: '2026-05-14', certificateExpiresOn: '2026-08-14' },
    } as const;
    const appeal: TimelineEntry = {
      id: 'a1',
      event: { type: 'appeal', filedOn: '2026-09-01', instance: 'first', hearings: [], outcome: 'pending' },
    };
    expect(due(computeDeadlines('p', applicant, [refusal, petition, appeal], DEFAULT_RULES))).toEqual([
      ['certificate_renewal', '2026-08-14', false],
    ]);
    expect(computeDeadlines('p', { ...applicant, caseStatus: 'closed' }, [refusal], DEFAULT_RULES)).toEqual([]);
    // A partial date cannot start a deadline: it would invent a day.
    expect(computeDeadlines('p', { ...applicant, arrivalDate: '2026-05' }, [], DEFAULT_RULES)).toEqual([]);
  });

  it('renews only the newest certificate', () => {
    const documents: ApplicantFields['documents'] = [
      { kind: 'asylum_certificate', expiresOn: '2026-06-01' },
      { kind: 'asylum_certificate', expiresOn: '2026-09-01' },
    ];
    expect(due(computeDeadlines('p', { ...base, familyName: 'A', documents }, [], DEFAULT_RULES))).toEqual([
      ['certificate_renewal', '2026-09-01', false],
    ]);
  });
});

describe('the deadline dashboard', () => {
  function seed() {
    const w = env.workspace;
    const overdue = w.applicants.create({ familyName: 'Yusupova', assignedLawyer: 'Айгуль' });
    w.events.create(overdue, {
      type: 'decision',
      decidedOn: '2026-09-01',
      outcome: 'refused',
      notifiedOn: '2026-09-04',
    });
    const soon = w.applicants.create({ familyName: 'Назаров', assignedLawyer: 'Ербол' });
    w.events.create(soon, {
      type: 'extradition',
      requestingState: 'UZ',
      receivedOn: '2026-11-01',
      prosecutorDecisionNotifiedOn: '2026-11-20',
    });
    return { overdue, soon };
  }

  it('sorts open deadlines into overdue, today, this week and later, per lawyer', () => {
    const { overdue, soon } = seed();
    const board = env.workspace.deadlines.dashboard({ today: '2026-11-27' });
    expect(board.overdue.map((d) => [d.applicantName, d.ruleId, d.dueOn, d.unconfirmed])).toEqual([
      ['Yusupova', 'appeal_against_refusal', '2026-10-04', true],
    ]);
    expect(board.thisWeek.map((d) => [d.applicantId, d.dueOn])).toEqual([[soon, '2026-11-30']]);
    expect(board.counts).toEqual({ overdue: 1, dueToday: 0, thisWeek: 1, later: 0 });
    expect(env.workspace.deadlines.dashboard({ today: '2026-11-30' }).dueToday.map((d) => d.applicantId)).toEqual([
      soon,
    ]);
    expect(env.workspace.deadlines.dashboard({ today: '2026-11-27', lawyer: 'Ербол' }).overdue).toEqual([]);
    expect(env.workspace.deadlines.forApplicant(overdue).map((d) => d.ruleId)).toEqual(['appeal_against_refusal']);
  });

  it('recomputes when an event changes: filing the appeal clears the deadline', () => {
    const { overdue } = seed();
    env.workspace.events.create(overdue, { type: 'appeal', filedOn: '2026-09-20', instance: 'first' });
    expect(env.workspace.deadlines.forApplicant(overdue)).toEqual([]);
  });

  it('marks a deadline done with an audited task, and keeps it done after recomputation', () => {
    const { soon } = seed();
    const [item] = env.workspace.deadlines.forApplicant(soon);
    env.workspace.deadlines.markDone(item?.key ?? '');
    expect(env.workspace.deadlines.forApplicant(soon)).toEqual([]);
    env.workspace.applicants.update(soon, { phone: '+7 701 000 00 00' });
    expect(env.workspace.deadlines.forApplicant(soon)).toEqual([]);
    expect(env.workspace.audit.list({ applicantId: soon, limit: 2 }).map((e) => [e.action, e.targetKind])).toEqual([
      ['update', 'applicant'],
      ['create', 'task'],
    ]);
  });

  it('lists manual tasks beside computed deadlines until they are done', () => {
    const { soon } = seed();
    const id = env.workspace.deadlines.createTask({
      title: 'Получить копию решения',
      dueOn: '2026-11-28',
      applicantId: soon,
    });
    const board = env.workspace.deadlines.dashboard({ today: '2026-11-27' });
    expect(board.thisWeek.map((d) => [d.kind, d.title ?? d.ruleId])).toEqual([
      ['task', 'Получить копию решения'],
      ['rule', 'appeal_against_extradition'],
    ]);
    env.workspace.deadlines.setTaskDone(id, true);
    expect(env.workspace.deadlines.dashboard({ today: '2026-11-27' }).thisWeek).toHaveLength(1);
  });
});
