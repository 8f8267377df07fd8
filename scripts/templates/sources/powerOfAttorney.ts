import type { TemplateSource } from '../templateSource';

const term = {
  name: 'term',
  label: {
    ru: 'Срок доверенности (например, «один год»)',
    kk: 'Сенімхаттың мерзімі (мысалы, «бір жыл»)',
    en: 'Valid for (e.g. one year)',
  },
  required: false,
};

/** Power of attorney from the client to the lawyer (ru, kk). */
export const powerOfAttorney: TemplateSource = {
  meta: {
    id: 'power-of-attorney',
    title: { ru: 'Доверенность адвокату', kk: 'Адвокатқа сенімхат', en: 'Power of attorney to the lawyer' },
    note: {
      ru: 'Проверьте: нужна ли нотариальная форма для данного органа, полномочия, которые закон требует оговаривать особо (подписание иска, отказ от иска, обжалование — ГПК и АППК РК, проверьте), документ, удостоверяющий личность. Доверитель подписывает сам; прочитайте ему текст на понятном ему языке. В уголовном деле и в деле о выдаче адвокат участвует как защитник по ордеру, а не по доверенности; суд или орган может потребовать нотариально или иначе удостоверенную доверенность.',
      kk: 'Тексеріңіз: осы орган үшін нотариалдық нысан қажет пе, заң ерекше көрсетуді талап ететін өкілеттіктер (талап қоюға қол қою, талаптан бас тарту, шағымдану — ҚР АІЖК және ӘРПК, тексеріңіз), жеке басын куәландыратын құжат. Сенім білдіруші өзі қол қояды; мәтінді оған түсінікті тілде оқып беріңіз. Қылмыстық істе және ұстап беру ісінде адвокат сенімхат бойынша емес, ордер бойынша қорғаушы ретінде қатысады; сот немесе орган нотариалды немесе өзгеше куәландырылған сенімхатты талап етуі мүмкін.',
      en: 'Check: whether this authority needs a notarised form, the powers the law requires to be named expressly (signing a claim, withdrawing it, appealing: Civil Procedure Code and APPC, check), the identity document. The client signs personally; read the text to them in a language they understand. In criminal and extradition proceedings the advocate acts as defence counsel on an order (ордер), not on this power of attorney; a court or authority may require the power of attorney notarised or otherwise certified.',
    },
    sources: [
      {
        text: {
          en: 'Civil Procedure Code and Administrative Procedural and Process Code of the Republic of Kazakhstan: the form of a power of attorney and the powers to be named expressly; articles not confirmed',
          ru: 'Гражданский процессуальный кодекс и Административный процедурно-процессуальный кодекс Республики Казахстан: форма доверенности и полномочия, которые оговариваются особо; статьи не подтверждены',
          kk: 'Қазақстан Республикасының Азаматтық процестік кодексі және Әкімшілік рәсімдік-процестік кодексі: сенімхаттың нысаны және ерекше көрсетілетін өкілеттіктер; баптары расталмаған',
        },
        confirmed: false,
      },
    ],
    blanks: [term],
    requires: [],
    checks: [],
    reads: ['applicant', 'lawyer', 'office'],
  },
  documents: {
    ru: {
      title: 'Доверенность',
      language: 'ru',
      blocks: [
        { kind: 'title', lines: ['ДОВЕРЕННОСТЬ'] },
        { kind: 'line', text: '{office.city}, {todayLong}' },
        {
          kind: 'p',
          text: 'Я, {applicant.fullName}, {applicant.birthDate} г. р., гражданство: {applicant.citizenship}{#applicant.passport}, паспорт № {number}{#issuedBy}, выдан {issuedBy}{/issuedBy}{#issuedOn} {issuedOn}{/issuedOn}{/applicant.passport}{#applicant.asylumCertificate}, свидетельство лица, ищущего убежище, № {number}{/applicant.asylumCertificate}, адрес: {applicant.address},',
        },
        {
          kind: 'p',
          text: 'настоящей доверенностью уполномочиваю адвоката {lawyer.fullNameAccusative}{#lawyer.licence} (лицензия {lawyer.licence}){/lawyer.licence}, {office.name}, {office.address}, представлять мои интересы, в том числе:',
        },
        {
          kind: 'line',
          text: '— во всех государственных органах, включая органы, рассматривающие ходатайства о присвоении статуса беженца, органы миграционной службы, полиции, национальной безопасности и прокуратуры;',
        },
        {
          kind: 'line',
          text: '— в судах всех инстанций по административным, гражданским и уголовным делам, в том числе по делам о выдаче (экстрадиции), со всеми правами, предоставленными законом истцу, заявителю и представителю;',
        },
        {
          kind: 'line',
          text: '— подавать и подписывать ходатайства, заявления, жалобы и иски, обжаловать решения и действия, получать решения и иные документы;',
        },
        {
          kind: 'line',
          text: '— подписывать исковые заявления, отказываться от иска полностью или частично, заключать мировое соглашение, обжаловать судебные акты (полномочия, которые закон требует оговаривать особо, — проверьте требования ГПК и АППК РК);',
        },
        { kind: 'line', text: '— знакомиться с материалами дел, делать выписки и снимать копии;' },
        {
          kind: 'line',
          text: '— обращаться от моего имени в Управление Верховного комиссара ООН по делам беженцев и в договорные органы ООН, включая Комитет против пыток.',
        },
        {
          kind: 'p',
          text: 'Доверенность выдана {#blank.term}сроком на {blank.term}{/blank.term}{^blank.term}на срок ________{/blank.term} без права передоверия.',
        },
        {
          kind: 'sign',
          lines: ['Доверитель: ____________ {applicant.shortName}'],
        },
      ],
    },
    kk: {
      title: 'Сенімхат',
      language: 'kk',
      blocks: [
        { kind: 'title', lines: ['СЕНІМХАТ'] },
        { kind: 'line', text: '{office.city}, {todayLong}' },
        {
          kind: 'p',
          text: 'Мен, {applicant.fullName}, туған күні: {applicant.birthDate}, азаматтығы: {applicant.citizenship}{#applicant.passport}, төлқұжат № {number}{#issuedBy}, берген: {issuedBy}{/issuedBy}{#issuedOn}, {issuedOn}{/issuedOn}{/applicant.passport}{#applicant.asylumCertificate}, пана іздеген адамның куәлігі № {number}{/applicant.asylumCertificate}, мекенжайы: {applicant.address},',
        },
        {
          kind: 'p',
          text: 'осы сенімхатпен адвокатқа — {lawyer.fullName}{#lawyer.licence} (лицензия {lawyer.licence}){/lawyer.licence}, {office.name}, {office.address} — менің мүдделерімді білдіруге, оның ішінде:',
        },
        {
          kind: 'line',
          text: '— барлық мемлекеттік органдарда, соның ішінде босқын мәртебесін беру туралы өтініштерді қарайтын органдарда, көші-қон қызметі, полиция, ұлттық қауіпсіздік және прокуратура органдарында;',
        },
        {
          kind: 'line',
          text: '— әкімшілік, азаматтық және қылмыстық істер бойынша, оның ішінде ұстап беру (экстрадиция) туралы істер бойынша барлық сатыдағы соттарда, заң талапкерге, өтініш берушіге, өкілге және қорғаушыға берген барлық құқықтармен;',
        },
        {
          kind: 'line',
          text: '— өтініштер, арыздар, шағымдар мен талап қоюлар беруге және оларға қол қоюға, шешімдер мен әрекеттерге шағымдануға, шешімдер мен өзге құжаттарды алуға;',
        },
        {
          kind: 'line',
          text: '— талап қою арыздарына қол қоюға, талаптан толық немесе ішінара бас тартуға, татуласу келісімін жасасуға, сот актілеріне шағымдануға (заң арнайы көрсетуді талап ететін өкілеттіктер — ҚР АІЖК және ӘРПК талаптарын тексеріңіз);',
        },
        { kind: 'line', text: '— іс материалдарымен танысуға, үзінділер жасауға және көшірмелер алуға;' },
        {
          kind: 'line',
          text: '— менің атымнан БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссарының Басқармасына және БҰҰ шарттық органдарына, соның ішінде Азаптауға қарсы комитетке жүгінуге уәкілеттік беремін.',
        },
        {
          kind: 'p',
          text: 'Сенімхат {#blank.term}{blank.term} мерзімге{/blank.term}{^blank.term}________ мерзімге{/blank.term}, басқа адамға сенім білдіру құқығынсыз берілді.',
        },
        {
          kind: 'sign',
          lines: ['Сенім білдіруші: ____________ {applicant.shortName}'],
        },
      ],
    },
  },
};
