import { type GrammaticalCase, grammaticalCases } from '../records/nameForms';

/**
 * Every placeholder a template may use, as a tree: groups (`{refusal.decidedOn}`, or
 * `{#refusal}…{decidedOn}…{/refusal}`), lists to loop over (`{#events}{date} {title}{/events}`),
 * texts and yes/no flags for conditions (`{#applicant.female}…{/applicant.female}`). A template
 * naming anything else is refused, with the nearest name from here. The same tree makes the field
 * reference (docs/templates.md and the app's), and the core fills exactly these names.
 */
export type FieldNode =
  | { name: string; kind: 'text' | 'flag'; variant?: FieldVariant }
  | { name: string; kind: 'group' | 'list'; children: readonly FieldNode[] };

/**
 * How a field derives from its base description: a date in words, a name in a case, a short
 * name (family name and initials).
 */
export type FieldVariant = 'long' | 'when' | GrammaticalCase | 'short' | `short-${GrammaticalCase}`;

const text = (name: string, variant?: FieldVariant): FieldNode => ({
  name,
  kind: 'text',
  ...(variant ? { variant } : {}),
});
const flag = (name: string): FieldNode => ({ name, kind: 'flag' });
const group = (name: string, children: readonly FieldNode[]): FieldNode => ({ name, kind: 'group', children });
const list = (name: string, children: readonly FieldNode[]): FieldNode => ({ name, kind: 'list', children });

/**
 * A date as dd.mm.yyyy (`decidedOn`), in words after a label (`decidedOnLong`: «15 октября 2026
 * г.», «октябрь 2026 г.»), and in words inside a sentence (`decidedOnWhen`: «15 октября 2026 г.»,
 * «в октябре 2026 г.»): a date known only to the month reads differently in the two places.
 */
const date = (name: string): FieldNode[] => [text(name), text(`${name}Long`, 'long'), text(`${name}When`, 'when')];

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A person's name in every form a filing needs: `fullName`, `fullNameGenitive`, `shortNameDative`… */
function personName(): FieldNode[] {
  return [
    text('fullName'),
    ...grammaticalCases.map((c) => text(`fullName${capital(c)}`, c)),
    text('shortName', 'short'),
    ...grammaticalCases.map((c) => text(`shortName${capital(c)}`, `short-${c}`)),
    text('familyName'),
    text('givenName'),
    text('patronymic'),
  ];
}

const decisionFields = [
  ...date('decidedOn'),
  text('body'),
  text('reasons'),
  flag('reasonsGiven'),
  flag('noReasons'),
  ...date('notifiedOn'),
];
const detentionFields = [
  ...date('date'),
  text('place'),
  text('authority'),
  text('basis'),
  ...date('releasedOn'),
  flag('inCustody'),
];
const documentFields = [text('kind'), text('number'), text('issuedBy'), ...date('issuedOn'), ...date('expiresOn')];
const term = (name: string) => group(name, [text('text'), text('days'), flag('confirmed')]);

export const fieldTree: readonly FieldNode[] = [
  ...date('today'),
  group('office', [text('name'), text('address'), text('city'), text('phone'), text('email')]),
  group('lawyer', [...personName(), text('licence'), text('barAssociation'), text('phone'), text('email')]),
  group('applicant', [
    ...personName(),
    flag('female'),
    flag('male'),
    ...date('birthDate'),
    text('birthPlace'),
    text('citizenship'),
    text('citizenshipGenitive'),
    text('languages'),
    text('address'),
    text('phone'),
    ...date('arrivalDate'),
    text('caseStatus'),
    group('passport', documentFields.slice(1)),
    group('asylumCertificate', [text('number'), ...date('expiresOn')]),
    group('unhcrCertificate', [text('number'), ...date('recognizedOn')]),
    list('documents', documentFields),
  ]),
  group('refusal', decisionFields),
  group('decision', [...decisionFields, text('outcome')]),
  group('asylumApplication', [
    ...date('filedOn'),
    text('authority'),
    text('certificateNumber'),
    ...date('certificateExpiresOn'),
  ]),
  group('detention', detentionFields),
  group('extradition', [
    text('requestingState'),
    text('requestingStateGenitive'),
    text('requestingStateTo'),
    ...date('receivedOn'),
    text('charges'),
    ...date('wantedSince'),
    text('prosecutorDecision'),
    ...date('prosecutorDecisionNotifiedOn'),
    text('outcome'),
    flag('pending'),
    flag('threat'),
    flag('transferred'),
    ...date('transferredOn'),
  ]),
  group('appeal', [
    ...date('filedOn'),
    text('instance'),
    text('court'),
    text('outcome'),
    ...date('decidedOn'),
    ...date('nextHearing'),
  ]),
  group('unhcr', [...date('recognizedOn'), text('certificateNumber')]),
  list('events', [...date('date'), text('title'), text('details')]),
  list('detentions', detentionFields),
  list('interventions', [text('kind'), text('body'), ...date('submittedOn'), text('outcome')]),
  list('incidents', [
    ...date('occurredOn'),
    text('place'),
    text('kind'),
    text('perpetrator'),
    text('description'),
    text('witnesses'),
    text('reportedTo'),
  ]),
  group('terms', [term('extraditionAppeal'), term('refusalAppeal')]),
];

/** The one-off answers a template asks for: `{blank.court}`. Their names are the template's own. */
export const BLANK_GROUP = 'blank';
export const BLANK_NAME = /^[a-z][A-Za-z0-9]{0,39}$/;

export interface FlatField {
  /** The placeholder as a template writes it at the top level: `refusal.decidedOn`. */
  path: string;
  kind: 'text' | 'flag' | 'group' | 'list';
  /** The group or list it belongs to (`refusal`, `applicant.passport`), '' at the top. */
  parent: string;
  /** Its name without a variant's suffix (`decidedOnLong` → `decidedOn`), for its description. */
  leaf: string;
  variant?: FieldVariant;
}

const VARIANT_SUFFIX = /(Long|When|Genitive|Dative|Accusative|Instrumental|Prepositional)$/;

/** Every field with its full path, depth first (groups and lists before their children). */
export function flattenFields(nodes: readonly FieldNode[] = fieldTree, prefix = ''): FlatField[] {
  return nodes.flatMap((node): FlatField[] => {
    const path = prefix ? `${prefix}.${node.name}` : node.name;
    if (node.kind === 'group' || node.kind === 'list') {
      return [{ path, kind: node.kind, parent: prefix, leaf: node.name }, ...flattenFields(node.children, path)];
    }
    const { variant } = node as { variant?: FieldVariant };
    if (variant?.startsWith('short')) {
      // «Нурланова А.К.» and its cases: described as the short name, in the case.
      const inCase = variant === 'short' ? undefined : (variant.slice('short-'.length) as FieldVariant);
      return [{ path, kind: node.kind, parent: prefix, leaf: 'shortName', ...(inCase ? { variant: inCase } : {}) }];
    }
    const leaf = variant ? node.name.replace(VARIANT_SUFFIX, '') : node.name;
    return [{ path, kind: node.kind, parent: prefix, leaf, ...(variant ? { variant } : {}) }];
  });
}
