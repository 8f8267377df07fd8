import type { ValueTableId } from './valueTables';

/**
 * Where a spreadsheet column can go. The table is data: a field added to the records (issue 12's
 * case-file model, say) becomes importable by adding a row here and, for a new group, an entry in
 * `targetGroups`. Header names are the usual spellings in Russian, Kazakh, English and Uzbek
 * (Latin and Cyrillic); they are compared folded (src/shared/import/fold.ts).
 */
export type TargetKind =
  | 'ignore'
  | 'notes'
  | 'fullName'
  | 'name'
  | 'names'
  | 'text'
  | 'longText'
  | 'date'
  | 'country'
  | 'countries'
  | 'languages'
  | 'value';

/** A group's cells become one thing: the applicant's own fields, one identity document, or one timeline event. */
export type TargetGroup =
  | { kind: 'none' }
  | { kind: 'applicant' }
  | { kind: 'document'; document: 'passport' | 'asylum_certificate' | 'unhcr_certificate' }
  | {
      kind: 'event';
      event: 'detention' | 'asylumApplication' | 'decision' | 'appeal' | 'extradition' | 'unhcr';
      /** The event's own date field: without it in the row, the other cells of the group cannot be placed. */
      date: string;
      /** Fields the group sets whatever the row says (a «Дата отказа» column is a refusal). */
      fixed?: Record<string, string>;
    };

export const targetGroups = {
  none: { kind: 'none' },
  applicant: { kind: 'applicant' },
  passport: { kind: 'document', document: 'passport' },
  certificate: { kind: 'document', document: 'asylum_certificate' },
  unhcrCertificate: { kind: 'document', document: 'unhcr_certificate' },
  detention: { kind: 'event', event: 'detention', date: 'date' },
  asylum: { kind: 'event', event: 'asylumApplication', date: 'filedOn' },
  refusal: { kind: 'event', event: 'decision', date: 'decidedOn', fixed: { outcome: 'refused' } },
  appeal: { kind: 'event', event: 'appeal', date: 'filedOn', fixed: { instance: 'first' } },
  extradition: { kind: 'event', event: 'extradition', date: 'receivedOn' },
  unhcr: { kind: 'event', event: 'unhcr', date: 'recognizedOn' },
} as const satisfies Record<string, TargetGroup>;
export type TargetGroupId = keyof typeof targetGroups;

/**
 * What a date column holds, which tells the century of a two-digit year: a birth (the last hundred
 * years), an event of the case (the last fifty), or a validity date (up to twenty years ahead).
 */
export type DateRole = 'birth' | 'event' | 'validity';

export interface ColumnTarget {
  group: TargetGroupId;
  /** The field of the applicant, document or event; '' for `ignore` and `fullName`. */
  field: string;
  kind: TargetKind;
  table?: ValueTableId;
  /** For dates; 'event' when not given. */
  dateRole?: DateRole;
  /** A text several columns may fill («Телефон», «Телефон 2»): their values joined with this. */
  joins?: string;
  headers: readonly string[];
}

export const columnTargets = {
  ignore: { group: 'none', field: '', kind: 'ignore', headers: ['№', '№ п/п', 'п/п', 'n', 'no', 'nr', 'р/с', 't/r'] },
  ref: {
    group: 'applicant',
    field: 'ref',
    kind: 'text',
    headers: ['ref', 'код', 'id', 'идентификатор'],
  },
  notes: {
    group: 'applicant',
    field: 'notes',
    kind: 'notes',
    headers: [
      'notes',
      'примечание',
      'примечания',
      'комментарий',
      'комментарии',
      'заметки',
      'ескерту',
      'ескертпе',
      'notes',
      'note',
      'comment',
      'comments',
      'remarks',
      'izoh',
      'изоҳ',
    ],
  },
  fullName: {
    group: 'applicant',
    field: '',
    kind: 'fullName',
    headers: [
      'фио',
      'ф и о',
      'фио заявителя',
      'фамилия имя отчество',
      'фамилия и имя',
      'заявитель',
      'аты жөні',
      'тегі аты әкесінің аты',
      'full name',
      'name',
      'applicant',
      'fish',
      'f i sh',
      'familiyasi ismi',
      'фиш',
    ],
  },
  familyName: {
    group: 'applicant',
    field: 'familyName',
    kind: 'name',
    headers: [
      'familyName',
      'фамилия',
      'тегі',
      'surname',
      'family name',
      'last name',
      'familiya',
      'familiyasi',
      'фамилияси',
    ],
  },
  givenName: {
    group: 'applicant',
    field: 'givenName',
    kind: 'name',
    headers: ['givenName', 'имя', 'аты', 'given name', 'first name', 'forename', 'ism', 'ismi', 'исми'],
  },
  patronymic: {
    group: 'applicant',
    field: 'patronymic',
    kind: 'name',
    headers: [
      'patronymic',
      'отчество',
      'әкесінің аты',
      'patronymic',
      'middle name',
      'otasining ismi',
      'sharifi',
      'шарифи',
    ],
  },
  aliases: {
    group: 'applicant',
    field: 'aliases',
    kind: 'names',
    headers: [
      'aliases',
      'другие написания',
      'другое написание',
      'псевдонимы',
      'иные имена',
      'латиницей',
      'фио латиницей',
      'aliases',
      'other spellings',
      'alias',
    ],
  },
  sex: {
    group: 'applicant',
    field: 'sex',
    kind: 'value',
    table: 'sex',
    headers: ['sex', 'пол', 'жынысы', 'sex', 'gender', 'jinsi', 'жинси'],
  },
  birthDate: {
    group: 'applicant',
    field: 'birthDate',
    kind: 'date',
    dateRole: 'birth',
    headers: [
      'birthDate',
      'дата рождения',
      'д р',
      'дата рожд',
      'год рождения',
      'г р',
      'туған күні',
      'туған жылы',
      'date of birth',
      'birth date',
      'dob',
      'born',
      'tugilgan sana',
      'tugilgan yili',
      'туғилган сана',
    ],
  },
  birthPlace: {
    group: 'applicant',
    field: 'birthPlace',
    kind: 'text',
    headers: ['birthPlace', 'место рождения', 'туған жері', 'place of birth', 'birthplace', 'tugilgan joyi'],
  },
  citizenship: {
    group: 'applicant',
    field: 'citizenship',
    kind: 'countries',
    headers: [
      'citizenship',
      'гражданство',
      'страна',
      'страна происхождения',
      'страна гражданства',
      'азаматтығы',
      'елі',
      'citizenship',
      'nationality',
      'country',
      'country of origin',
      'fuqaroligi',
      'фуқаролиги',
    ],
  },
  languages: {
    group: 'applicant',
    field: 'languages',
    kind: 'languages',
    headers: [
      'languages',
      'язык',
      'языки',
      'родной язык',
      'язык общения',
      'тілі',
      'тілдері',
      'language',
      'languages',
      'til',
      'tili',
      'тили',
    ],
  },
  phone: {
    group: 'applicant',
    field: 'phone',
    kind: 'text',
    joins: ', ',
    headers: [
      'phone',
      'телефон',
      'тел',
      'контактный телефон',
      'номер телефона',
      'phone',
      'telephone',
      'mobile',
      'telefon',
    ],
  },
  address: {
    group: 'applicant',
    field: 'address',
    kind: 'text',
    headers: [
      'address',
      'адрес',
      'адрес проживания',
      'место проживания',
      'мекенжайы',
      'тұратын жері',
      'address',
      'manzil',
      'манзил',
    ],
  },
  arrivalDate: {
    group: 'applicant',
    field: 'arrivalDate',
    kind: 'date',
    headers: [
      'arrivalDate',
      'дата прибытия',
      'дата въезда',
      'прибыл',
      'въезд в рк',
      'келген күні',
      'arrival date',
      'date of arrival',
      'arrived',
      'kelgan sana',
    ],
  },
  assignedLawyer: {
    group: 'applicant',
    field: 'assignedLawyer',
    kind: 'text',
    headers: [
      'assignedLawyer',
      'юрист',
      'адвокат',
      'ответственный юрист',
      'ответственный',
      'заң кеңесшісі',
      'заңгер',
      'lawyer',
      'assigned lawyer',
      'huquqshunos',
    ],
  },
  caseStatus: {
    group: 'applicant',
    field: 'caseStatus',
    kind: 'value',
    table: 'caseStatus',
    headers: [
      'caseStatus',
      'статус',
      'статус дела',
      'состояние дела',
      'мәртебесі',
      'іс мәртебесі',
      'status',
      'case status',
      'holati',
      'ҳолати',
    ],
  },
  vulnerabilities: {
    group: 'applicant',
    field: 'vulnerabilities',
    kind: 'names',
    headers: ['vulnerabilities', 'уязвимость', 'уязвимости', 'осалдық'],
  },
  passportNumber: {
    group: 'passport',
    field: 'number',
    kind: 'text',
    headers: [
      'паспорт',
      'номер паспорта',
      'паспорт №',
      'паспорт номер',
      'паспорт нөмірі',
      'passport',
      'passport number',
      'passport no',
      'pasport',
    ],
  },
  certificateNumber: {
    group: 'certificate',
    field: 'number',
    kind: 'text',
    headers: [
      'номер удостоверения',
      'удостоверение',
      'удостоверение №',
      'свидетельство',
      'номер свидетельства',
      'куәлік нөмірі',
      'certificate number',
      'certificate',
    ],
  },
  certificateExpiresOn: {
    group: 'certificate',
    field: 'expiresOn',
    kind: 'date',
    dateRole: 'validity',
    headers: [
      'срок действия',
      'срок действия удостоверения',
      'действительно до',
      'действует до',
      'жарамдылық мерзімі',
      'valid until',
      'expires',
      'expiry date',
      'amal qilish muddati',
    ],
  },
  unhcrCertificateNumber: {
    group: 'unhcrCertificate',
    field: 'number',
    kind: 'text',
    headers: ['номер справки увкб', 'справка увкб', 'unhcr certificate'],
  },
  detentionDate: {
    group: 'detention',
    field: 'date',
    kind: 'date',
    headers: [
      'дата задержания',
      'задержан',
      'задержание',
      'ұсталған күні',
      'date of detention',
      'detained on',
      'detention',
    ],
  },
  detentionPlace: {
    group: 'detention',
    field: 'place',
    kind: 'text',
    headers: ['место задержания', 'ұсталған жері', 'place of detention'],
  },
  detentionAuthority: {
    group: 'detention',
    field: 'authority',
    kind: 'text',
    headers: ['кем задержан', 'орган задержания', 'detaining authority'],
  },
  releasedOn: {
    group: 'detention',
    field: 'releasedOn',
    kind: 'date',
    headers: ['дата освобождения', 'освобожден', 'босатылған күні', 'released on', 'date of release'],
  },
  asylumFiledOn: {
    group: 'asylum',
    field: 'filedOn',
    kind: 'date',
    headers: [
      'дата подачи ходатайства',
      'дата ходатайства',
      'ходатайство подано',
      'дата обращения',
      'өтініш берілген күні',
      'application date',
      'date of application',
      'asylum application',
    ],
  },
  refusalDate: {
    group: 'refusal',
    field: 'decidedOn',
    kind: 'date',
    headers: [
      'дата отказа',
      'отказ',
      'дата решения об отказе',
      'бас тарту күні',
      'date of refusal',
      'refused on',
      'refusal date',
    ],
  },
  refusalNotifiedOn: {
    group: 'refusal',
    field: 'notifiedOn',
    kind: 'date',
    headers: [
      'дата уведомления об отказе',
      'дата вручения отказа',
      'дата вручения',
      'уведомлен об отказе',
      'refusal notified on',
      'notified on',
    ],
  },
  refusalBody: {
    group: 'refusal',
    field: 'body',
    kind: 'text',
    headers: ['орган отказавший', 'кем отказано', 'refused by'],
  },
  appealFiledOn: {
    group: 'appeal',
    field: 'filedOn',
    kind: 'date',
    headers: [
      'дата обжалования',
      'дата жалобы',
      'дата подачи жалобы',
      'дата апелляции',
      'жалоба подана',
      'шағым берілген күні',
      'appeal filed',
      'appeal date',
      'date of appeal',
    ],
  },
  appealCourt: {
    group: 'appeal',
    field: 'court',
    kind: 'text',
    headers: ['суд', 'наименование суда', 'сот', 'court'],
  },
  appealOutcome: {
    group: 'appeal',
    field: 'outcome',
    kind: 'value',
    table: 'appealOutcome',
    headers: [
      'итог обжалования',
      'результат обжалования',
      'решение суда',
      'шағым нәтижесі',
      'appeal outcome',
      'court decision',
    ],
  },
  extraditionReceivedOn: {
    group: 'extradition',
    field: 'receivedOn',
    kind: 'date',
    headers: [
      'дата запроса об экстрадиции',
      'запрос об экстрадиции',
      'экстрадиция',
      'дата запроса',
      'экстрадиция сұрауы',
      'extradition request',
      'extradition requested on',
    ],
  },
  extraditionState: {
    group: 'extradition',
    field: 'requestingState',
    kind: 'country',
    headers: [
      'запрашивающее государство',
      'запрашивающая страна',
      'сұраған мемлекет',
      'requesting state',
      'requesting country',
    ],
  },
  extraditionCharges: {
    group: 'extradition',
    field: 'charges',
    kind: 'longText',
    headers: ['статьи обвинения', 'обвинение', 'статья', 'статьи ук', 'айып', 'charges', 'articles'],
  },
  extraditionOutcome: {
    group: 'extradition',
    field: 'outcome',
    kind: 'value',
    table: 'extraditionOutcome',
    headers: ['итог экстрадиции', 'решение по экстрадиции', 'extradition outcome'],
  },
  unhcrRecognizedOn: {
    group: 'unhcr',
    field: 'recognizedOn',
    kind: 'date',
    headers: [
      'мандат увкб',
      'дата мандата',
      'дата признания увкб',
      'признан увкб',
      'unhcr mandate',
      'unhcr recognition',
    ],
  },
} as const satisfies Record<string, ColumnTarget>;
export type ColumnTargetId = keyof typeof columnTargets;
export const columnTargetIds = Object.keys(columnTargets) as [ColumnTargetId, ...ColumnTargetId[]];

export function targetOf(id: ColumnTargetId): ColumnTarget {
  return columnTargets[id];
}

const LIST_KINDS: readonly TargetKind[] = ['ignore', 'notes', 'names', 'countries', 'languages'];

/**
 * The fields a target fills, as `group.field`: one column each, unless the target is a list (or a
 * text that joins): «ФИО» fills the three name fields, so a «Фамилия» column beside it would fight it.
 */
export function fieldsOfTarget(id: ColumnTargetId): { fields: string[]; several: boolean } {
  const target: ColumnTarget = columnTargets[id];
  const several = LIST_KINDS.includes(target.kind) || target.joins !== undefined;
  const names = target.kind === 'fullName' ? ['familyName', 'givenName', 'patronymic'] : [target.field];
  return { fields: names.map((field) => `${target.group}.${field}`), several };
}

/** Indexes of the columns whose target an earlier column already fills: each is a mapping error. */
export function targetsTwice(columns: readonly { target: ColumnTargetId }[]): number[] {
  const filled = new Set<string>();
  const twice: number[] = [];
  columns.forEach(({ target }, index) => {
    const { fields, several } = fieldsOfTarget(target);
    if (several) return;
    if (fields.some((field) => filled.has(field))) twice.push(index);
    for (const field of fields) filled.add(field);
  });
  return twice;
}
