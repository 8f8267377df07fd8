import type { Block } from '../docxWriter';
import { CAT_ARTICLE_3, CAT_ARTICLE_22, CAT_RULE_114 } from '../legalSources';
import type { TemplateSource } from '../templateSource';

const risk = {
  name: 'risk',
  label: {
    ru: 'Личный риск пыток (кратко; подробности допишите в Word)',
    kk: 'Азаптаудың жеке қаупі (қысқаша; толығын Word-та жазыңыз)',
    en: 'The personal risk of torture (briefly; add details in Word)',
  },
  required: false,
};
const removal = {
  name: 'removalExpected',
  label: {
    ru: 'Когда ожидается выдача (высылка)',
    kk: 'Ұстап беру (шығару) қашан күтіледі',
    en: 'When removal is expected',
  },
  required: false,
};

const english: Block[] = [
  {
    kind: 'right',
    lines: [
      'Petitions and Urgent Actions Section',
      'Office of the United Nations High Commissioner for Human Rights, Geneva',
      'petitions@ohchr.org (check the current address)',
    ],
  },
  {
    kind: 'title',
    lines: [
      'URGENT: REQUEST FOR INTERIM MEASURES',
      'Communication under article 22 of the Convention against Torture',
      '{applicant.fullName} v. Kazakhstan',
    ],
  },
  { kind: 'heading', text: '1. The author' },
  {
    kind: 'p',
    text: '{applicant.fullName}, born {applicant.birthDateLong}{#applicant.birthPlace} in {applicant.birthPlace}{/applicant.birthPlace}, citizen of {applicant.citizenship}{#applicant.address}, residing in {applicant.address}{/applicant.address}. Represented by {lawyer.fullName}, lawyer{#lawyer.licence} (licence {lawyer.licence}){/lawyer.licence}, {office.name}, {office.address}{#office.email}, {office.email}{/office.email}{#office.phone}, {office.phone}{/office.phone}. A power of attorney is attached.',
  },
  { kind: 'heading', text: '2. The State party' },
  {
    kind: 'p',
    text: 'Kazakhstan, which has recognised the competence of the Committee under article 22 of the Convention (check the date of the declaration).',
  },
  { kind: 'heading', text: '3. Why this is urgent' },
  {
    kind: 'p',
    text: '{#extradition}{#threat}The author faces extradition to {requestingState}. {/threat}{#transferred}The author was handed over to {requestingState}{#transferredOn} {transferredOnWhen}{/transferredOn}. {/transferred}The extradition request was received on {receivedOnLong}{#charges}; the charges are: {charges}{/charges}. Status of the request: {outcome}.{#prosecutorDecision} Prosecutor’s decision: {prosecutorDecision}{#prosecutorDecisionNotifiedOnLong}, notified on {prosecutorDecisionNotifiedOnLong}{/prosecutorDecisionNotifiedOnLong}.{/prosecutorDecision}{/extradition}{^extradition}{#refusal}The author faces removal to {applicant.citizenship} following the refusal of refugee status.{/refusal}{^refusal}The author faces removal to {applicant.citizenship}: [to complete: the decision or measure under which the author is to be removed].{/refusal}{/extradition}{#blank.removalExpected} Removal is expected: {blank.removalExpected}.{/blank.removalExpected}',
  },
  {
    kind: 'p',
    text: '{#detention}The author was detained on {dateLong}{#place} ({place}){/place}{#authority} by {authority}{/authority}{#basis}; basis: {basis}{/basis}.{#inCustody} The author remains in custody.{/inCustody}{/detention}',
  },
  { kind: 'heading', text: '4. Facts from the case file' },
  { kind: 'line', text: '{#events}' },
  { kind: 'line', text: '{dateLong}: {title}{#details}. {details}{/details}' },
  { kind: 'line', text: '{/events}' },
  {
    kind: 'p',
    text: '{#refusal}The national authority ({body}) refused refugee status on {decidedOnLong}{#noReasons}, giving no reasons{/noReasons}{#reasons}, on the grounds: “{reasons}”{/reasons}.{/refusal}{#unhcr} UNHCR recognised the author as a refugee under its mandate on {recognizedOnLong}.{/unhcr}',
  },
  { kind: 'heading', text: '5. The risk of torture' },
  {
    kind: 'p',
    text: '{#blank.risk}{blank.risk} {/blank.risk}[To complete: the author’s personal, foreseeable, present and real risk of torture if returned, with sources (country reports, prior ill-treatment, medical evidence).]',
  },
  { kind: 'heading', text: '6. Domestic remedies' },
  {
    kind: 'p',
    text: '{#appeal}An appeal ({instance}) was filed on {filedOnLong}{#court} with {court}{/court}; outcome: {outcome}.{/appeal}{^appeal}No appeal is recorded in the file yet.{/appeal} The remedies available do not suspend the removal (check for this case).',
  },
  { kind: 'heading', text: '7. Request' },
  {
    kind: 'p',
    text: 'Under article 22 of the Convention and rule 114 of the Committee’s rules of procedure (check the rule number), the author asks the Committee to request Kazakhstan, as an interim measure, not to extradite, expel or otherwise return {applicant.fullName} {#extradition}to {requestingState}{/extradition}{^extradition}to {applicant.citizenship}{/extradition} while this communication is under consideration. Article 3 of the Convention prohibits returning a person to a State where there are substantial grounds for believing that he or she would be in danger of being subjected to torture.',
  },
  {
    kind: 'sign',
    lines: ['{office.city}, {todayLong}', '{lawyer.fullName}, {office.name}', 'Signature: ____________'],
  },
];

const russian: Block[] = [
  {
    kind: 'right',
    lines: [
      'Секция петиций и срочных действий',
      'Управление Верховного комиссара ООН по правам человека, Женева',
      'petitions@ohchr.org (проверьте актуальный адрес)',
    ],
  },
  {
    kind: 'title',
    lines: [
      'СРОЧНО: ПРОСЬБА О ВРЕМЕННЫХ МЕРАХ ЗАЩИТЫ',
      'Сообщение по статье 22 Конвенции против пыток',
      'в интересах {applicant.fullNameGenitive} против Казахстана',
    ],
  },
  { kind: 'heading', text: '1. Автор сообщения' },
  {
    kind: 'p',
    text: '{applicant.fullName}, дата рождения: {applicant.birthDateLong}{#applicant.birthPlace}, место рождения: {applicant.birthPlace}{/applicant.birthPlace}, гражданство: {applicant.citizenship}{#applicant.address}, адрес: {applicant.address}{/applicant.address}. Представитель: адвокат {lawyer.fullName}{#lawyer.licence} (лицензия {lawyer.licence}){/lawyer.licence}, {office.name}, {office.address}{#office.email}, {office.email}{/office.email}{#office.phone}, {office.phone}{/office.phone}. Доверенность прилагается.',
  },
  { kind: 'heading', text: '2. Государство-участник' },
  {
    kind: 'p',
    text: 'Республика Казахстан, признавшая компетенцию Комитета по статье 22 Конвенции (проверьте дату заявления).',
  },
  { kind: 'heading', text: '3. Срочность' },
  {
    kind: 'p',
    text: '{#extradition}{#threat}{applicant.fullNameDative} грозит выдача {requestingStateTo}. {/threat}{#transferred}{applicant.fullName} передан{#applicant.female}а{/applicant.female} запрашивающему государству ({requestingState}){#transferredOn} {transferredOnWhen}{/transferredOn}. {/transferred}Запрос о выдаче поступил {receivedOnLong}{#charges}; обвинение: {charges}{/charges}. Состояние запроса: {outcome}.{#prosecutorDecision} Решение прокурора: {prosecutorDecision}{#prosecutorDecisionNotifiedOnLong}, уведомление {prosecutorDecisionNotifiedOnLong}{/prosecutorDecisionNotifiedOnLong}.{/prosecutorDecision}{/extradition}{^extradition}{#refusal}{applicant.fullNameDative} грозит возвращение в страну гражданства ({applicant.citizenship}) после отказа в статусе беженца.{/refusal}{^refusal}{applicant.fullNameDative} грозит возвращение в страну гражданства ({applicant.citizenship}): [допишите, на каком основании].{/refusal}{/extradition}{#blank.removalExpected} Выдача (высылка) ожидается: {blank.removalExpected}.{/blank.removalExpected}',
  },
  {
    kind: 'p',
    text: '{#detention}{dateLong} {applicant.fullName} задержан{#applicant.female}а{/applicant.female}{#place} ({place}){/place}{#authority}, {authority}{/authority}{#basis}; основание: {basis}{/basis}.{#inCustody} Остаётся под стражей.{/inCustody}{/detention}',
  },
  { kind: 'heading', text: '4. Обстоятельства по материалам дела' },
  { kind: 'line', text: '{#events}' },
  { kind: 'line', text: '{dateLong}: {title}{#details}. {details}{/details}' },
  { kind: 'line', text: '{/events}' },
  {
    kind: 'p',
    text: '{#refusal}Уполномоченный орган ({body}) отказал в статусе беженца {decidedOnLong}{#noReasons}, без указания мотивов{/noReasons}{#reasons}, по основаниям: «{reasons}»{/reasons}.{/refusal}{#unhcr} УВКБ ООН признало {applicant.fullNameAccusative} беженцем в рамках своего мандата {recognizedOnLong}.{/unhcr}',
  },
  { kind: 'heading', text: '5. Риск пыток' },
  {
    kind: 'p',
    text: '{#blank.risk}{blank.risk} {/blank.risk}[Допишите: личный, предсказуемый, реальный и наличествующий риск пыток для {applicant.fullNameGenitive} при возвращении, с источниками (доклады о стране, прежнее жестокое обращение, медицинские документы).]',
  },
  { kind: 'heading', text: '6. Внутренние средства правовой защиты' },
  {
    kind: 'p',
    text: '{#appeal}Подана жалоба ({instance}) {filedOnLong}{#court}, {court}{/court}; результат: {outcome}.{/appeal}{^appeal}Обжалование в деле пока не отмечено.{/appeal} Имеющиеся средства защиты не приостанавливают выдачу (проверьте для этого дела).',
  },
  { kind: 'heading', text: '7. Просьба' },
  {
    kind: 'p',
    text: 'На основании статьи 22 Конвенции и правила 114 правил процедуры Комитета (проверьте номер правила) автор просит Комитет обратиться к Казахстану с просьбой в качестве временной меры не выдавать, не высылать и иным образом не возвращать {applicant.fullNameAccusative}{#extradition} {requestingStateTo}{/extradition}{^extradition}{#applicant.citizenship} в страну гражданства ({applicant.citizenship}){/applicant.citizenship}{/extradition} до рассмотрения сообщения. Статья 3 Конвенции запрещает возвращать лицо государству, если существуют серьёзные основания полагать, что ему там угрожает применение пыток.',
  },
  {
    kind: 'sign',
    lines: ['{office.city}, {todayLong}', 'Адвокат {lawyer.fullName}, {office.name}', 'Подпись: ____________'],
  },
];

/** Request to the UN Committee against Torture for interim measures (en, ru). */
export const catInterimMeasures: TemplateSource = {
  meta: {
    id: 'cat-interim-measures',
    title: {
      ru: 'Просьба в Комитет ООН против пыток о временных мерах',
      kk: 'БҰҰ Азаптауға қарсы комитетіне уақытша шаралар туралы өтініш',
      en: 'Request to the UN Committee against Torture for interim measures',
    },
    note: {
      ru: 'Проверьте: адрес Секции петиций, номер правила о временных мерах, дату заявления Казахстана по статье 22. Обязательно опишите личный риск пыток (раздел 5) и приложите доверенность, решения и источники. Сообщение отправляется в английском, французском, испанском или русском варианте (проверьте).',
      kk: 'Тексеріңіз: Петициялар секциясының мекенжайын, уақытша шаралар туралы ереженің нөмірін, Қазақстанның 22-бап бойынша мәлімдемесінің күнін. Азаптаудың жеке қаупін міндетті түрде сипаттаңыз (5-бөлім), сенімхатты, шешімдерді және дереккөздерді қоса беріңіз.',
      en: "Check: the Petitions Section's address, the rule number for interim measures, the date of Kazakhstan's article 22 declaration. Always set out the personal risk of torture (section 5) and attach the power of attorney, the decisions and sources.",
    },
    sources: [CAT_ARTICLE_3, CAT_ARTICLE_22, CAT_RULE_114],
    blanks: [risk, removal],
    requires: [],
    checks: ['extraditionOpen', 'removalGround'],
    reads: ['appeal', 'applicant', 'detention', 'events', 'extradition', 'lawyer', 'office', 'refusal', 'unhcr'],
  },
  documents: {
    en: { title: 'Request for interim measures (Committee against Torture)', language: 'en', blocks: english },
    ru: { title: 'Просьба о временных мерах (Комитет против пыток)', language: 'ru', blocks: russian },
  },
};
