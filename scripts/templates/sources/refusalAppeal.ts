import { CAT_ARTICLE_3, CONVENTION_1951_ARTICLE_33, REFUGEE_LAW } from '../legalSources';
import type { TemplateSource } from '../templateSource';

/** Administrative claim to the court against a refusal of refugee status (ru, kk). */
export const refusalAppeal: TemplateSource = {
  meta: {
    id: 'refusal-appeal',
    title: {
      ru: 'Иск об оспаривании отказа в статусе беженца',
      kk: 'Босқын мәртебесін беруден бас тартуға дау айту туралы талап қою',
      en: 'Court appeal against a refusal of refugee status',
    },
    note: {
      ru: 'Проверьте: срок обжалования (в правилах бюро он не подтверждён), обязателен ли досудебный порядок по АППК РК, подсудность (специализированный межрайонный административный суд), номера статей, отмеченные «проверьте», госпошлину и приложения. Добавьте обстоятельства преследования своими словами.',
      kk: 'Тексеріңіз: шағымдану мерзімі (бюро ережелерінде расталмаған), ҚР ӘРПК бойынша сотқа дейінгі тәртіп міндетті ме, соттылық (мамандандырылған ауданаралық әкімшілік сот), «тексеріңіз» деп белгіленген баптар, мемлекеттік баж және қосымшалар. Қудалау мән-жайларын өз сөзіңізбен қосыңыз.',
      en: 'Check: the appeal period (not confirmed in the office rules), whether the APPC requires a pre-trial complaint first, the court (specialised inter-district administrative court), every article marked «проверьте», the court fee and the annexes. Add the facts of persecution in your own words.',
    },
    sources: [
      REFUGEE_LAW,
      CONVENTION_1951_ARTICLE_33,
      CAT_ARTICLE_3,
      {
        text: {
          en: 'Administrative Procedural and Process Code of the Republic of Kazakhstan (2020): claim contesting an administrative act; article numbers not confirmed',
          ru: 'Административный процедурно-процессуальный кодекс Республики Казахстан (2020): иск об оспаривании административного акта; номера статей не подтверждены',
          kk: 'Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі (2020): әкімшілік актіге дау айту туралы талап қою; баптардың нөмірлері расталмаған',
        },
        confirmed: false,
      },
    ],
    blanks: [
      {
        name: 'court',
        label: { ru: 'Суд (наименование)', kk: 'Сот (атауы)', en: 'The court (its name)' },
        required: true,
      },
      {
        name: 'courtAddress',
        label: { ru: 'Адрес суда', kk: 'Соттың мекенжайы', en: "The court's address" },
        required: false,
      },
      {
        name: 'defendantAddress',
        label: { ru: 'Адрес ответчика', kk: 'Жауапкердің мекенжайы', en: "The authority's address" },
        required: false,
      },
    ],
    requires: ['refusal.decidedOn'],
    checks: ['refusalAppealTerm'],
    reads: ['applicant', 'asylumApplication', 'extradition', 'lawyer', 'office', 'refusal', 'terms', 'unhcr'],
  },
  documents: {
    ru: {
      title: 'Административный иск об оспаривании отказа в присвоении статуса беженца',
      language: 'ru',
      blocks: [
        {
          kind: 'right',
          lines: [
            'В {blank.court}',
            '{#blank.courtAddress}{blank.courtAddress}{/blank.courtAddress}',
            '**Истец:** {applicant.fullName}, {applicant.birthDate} г. р., гражданство: {applicant.citizenship}, адрес: {applicant.address}{#applicant.phone}, тел. {applicant.phone}{/applicant.phone}',
            '**Представитель истца:** адвокат {lawyer.fullName}{#lawyer.licence}, лицензия {lawyer.licence}{/lawyer.licence}, {office.name}, {office.address}{#office.phone}, тел. {office.phone}{/office.phone}',
            '**Ответчик:** {refusal.body}{#blank.defendantAddress}, {blank.defendantAddress}{/blank.defendantAddress}',
          ],
        },
        {
          kind: 'title',
          lines: ['АДМИНИСТРАТИВНЫЙ ИСК', 'об оспаривании решения об отказе в присвоении статуса беженца'],
        },
        {
          kind: 'p',
          text: '{refusal.decidedOnLong} уполномоченным органом ({refusal.body}) принято решение об отказе {applicant.fullNameDative} в присвоении статуса беженца. Решение получено (вручено) {refusal.notifiedOnLong}.',
        },
        {
          kind: 'p',
          text: '{#refusal.noReasons}Решение не содержит мотивов отказа. Административный акт, ограничивающий права лица, должен быть обоснован (АППК РК — проверьте статью); немотивированный отказ лишает истца возможности возразить по существу и сам по себе является основанием для его отмены.{/refusal.noReasons}{#refusal.reasonsGiven}В качестве основания отказа в решении указано: «{refusal.reasons}». С этим основанием истец не согласен по следующим причинам: ________{/refusal.reasonsGiven}',
        },
        {
          kind: 'p',
          text: '{#asylumApplication}{filedOnLong} {applicant.fullName} обратил{#applicant.female}ась{/applicant.female}{^applicant.female}ся{/applicant.female} с ходатайством о присвоении статуса беженца{#authority} ({authority}){/authority}{#certificateNumber}; выдано свидетельство лица, ищущего убежище, № {certificateNumber}{/certificateNumber}.{/asylumApplication} {#applicant.arrivalDate}В Республику Казахстан {applicant.fullName} прибыл{#applicant.female}а{/applicant.female} {applicant.arrivalDateWhen}.{/applicant.arrivalDate}',
        },
        {
          kind: 'p',
          text: '{#unhcr}{recognizedOnLong} Управление Верховного комиссара ООН по делам беженцев признало {applicant.fullNameAccusative} беженцем в рамках своего мандата{#certificateNumber} (справка № {certificateNumber}){/certificateNumber}. Признание УВКБ ООН подтверждает обоснованность опасений преследования и должно было быть учтено ответчиком.{/unhcr}',
        },
        {
          kind: 'p',
          text: '{#extradition}{receivedOnLong} в Республику Казахстан поступил запрос о выдаче {applicant.fullNameGenitive} ({requestingState}){#charges} по обвинению: {charges}{/charges}. Запрос о выдаче указывает на преследование со стороны запрашивающего государства и должен учитываться при оценке риска, которому {applicant.fullName} подвергнется в случае возвращения.{/extradition}',
        },
        {
          kind: 'p',
          text: 'Согласно статье 33 Конвенции о статусе беженцев 1951 года ни одно Договаривающееся государство не должно высылать или возвращать беженца на границу страны, где его жизни или свободе угрожает опасность. Статья 3 Конвенции против пыток запрещает высылку, возвращение или выдачу лица другому государству, если существуют серьёзные основания полагать, что ему там угрожает применение пыток. Право обжаловать отказ в присвоении статуса беженца в суд предусмотрено Законом Республики Казахстан «О беженцах» (проверьте статью) и Административным процедурно-процессуальным кодексом Республики Казахстан (проверьте статьи об иске об оспаривании).',
        },
        {
          kind: 'p',
          text: 'Срок обращения в суд: {terms.refusalAppeal.text} со дня получения решения{#refusal.notifiedOn} (решение получено {refusal.notifiedOnLong}){/refusal.notifiedOn}{^terms.refusalAppeal.confirmed} (срок не подтверждён бюро — проверьте){/terms.refusalAppeal.confirmed}.',
        },
        { kind: 'heading', text: 'ПРОШУ:' },
        {
          kind: 'line',
          text: '1. Признать незаконным и отменить решение ответчика от {refusal.decidedOn} об отказе {applicant.fullNameDative} в присвоении статуса беженца.',
        },
        {
          kind: 'line',
          text: '2. Обязать ответчика повторно рассмотреть ходатайство {applicant.fullNameGenitive} о присвоении статуса беженца.',
        },
        {
          kind: 'line',
          text: '3. В качестве меры предварительной защиты запретить выдворение, депортацию и выдачу {applicant.fullNameGenitive} до вступления решения суда в законную силу (проверьте наименование меры и порядок по АППК РК).',
        },
        { kind: 'heading', text: 'Приложения:' },
        { kind: 'line', text: '1. Копия решения от {refusal.decidedOn}.' },
        {
          kind: 'line',
          text: '2. Копия свидетельства лица, ищущего убежище{#applicant.asylumCertificate.number} № {applicant.asylumCertificate.number}{/applicant.asylumCertificate.number}.',
        },
        { kind: 'line', text: '3. Ордер (доверенность) представителя.' },
        {
          kind: 'line',
          text: '4. Документ об уплате государственной пошлины или ходатайство об освобождении от неё (проверьте).',
        },
        {
          kind: 'sign',
          lines: ['{office.city}, {todayLong}', 'Представитель истца, адвокат ____________ {lawyer.shortName}'],
        },
      ],
    },
    kk: {
      title: 'Босқын мәртебесін беруден бас тартуға дау айту туралы әкімшілік талап қою',
      language: 'kk',
      blocks: [
        {
          kind: 'right',
          lines: [
            '{blank.court}',
            '{#blank.courtAddress}{blank.courtAddress}{/blank.courtAddress}',
            '**Талапкер:** {applicant.fullName}, туған күні: {applicant.birthDate}, азаматтығы: {applicant.citizenship}, мекенжайы: {applicant.address}{#applicant.phone}, тел. {applicant.phone}{/applicant.phone}',
            '**Талапкердің өкілі:** адвокат {lawyer.fullName}{#lawyer.licence}, лицензия {lawyer.licence}{/lawyer.licence}, {office.name}, {office.address}{#office.phone}, тел. {office.phone}{/office.phone}',
            '**Жауапкер:** {refusal.body}{#blank.defendantAddress}, {blank.defendantAddress}{/blank.defendantAddress}',
          ],
        },
        {
          kind: 'title',
          lines: ['ӘКІМШІЛІК ТАЛАП ҚОЮ', 'босқын мәртебесін беруден бас тарту туралы шешімге дау айту туралы'],
        },
        {
          kind: 'p',
          text: 'Уәкілетті орган ({refusal.body}) талапкерге — {applicant.fullName} — босқын мәртебесін беруден бас тарту туралы шешім қабылдады. Шешім күні: {refusal.decidedOnLong}. Шешім алынған (табыс етілген) күн: {refusal.notifiedOnLong}.',
        },
        {
          kind: 'p',
          text: '{#refusal.noReasons}Шешімде бас тарту себептері көрсетілмеген. Адамның құқықтарын шектейтін әкімшілік акт негізделуге тиіс (ҚР ӘРПК — бабын тексеріңіз); дәлелсіз бас тарту талапкерді мәні бойынша қарсылық білдіру мүмкіндігінен айырады және оның күшін жоюға негіз болады.{/refusal.noReasons}{#refusal.reasonsGiven}Шешімде бас тарту негізі ретінде мыналар көрсетілген: «{refusal.reasons}». Талапкер бұл негізбен келіспейді, себебі: ________{/refusal.reasonsGiven}',
        },
        {
          kind: 'p',
          text: '{#asylumApplication}Талапкер босқын мәртебесін беру туралы өтініш берді{#authority} ({authority}){/authority}; өтініш берілген күн: {filedOnLong}{#certificateNumber}; пана іздеген адамның куәлігі № {certificateNumber}{/certificateNumber}.{/asylumApplication} {#applicant.arrivalDate}Қазақстан Республикасына келген күні: {applicant.arrivalDateLong}.{/applicant.arrivalDate}',
        },
        {
          kind: 'p',
          text: '{#unhcr}БҰҰ Босқындар ісі жөніндегі Жоғарғы комиссарының Басқармасы талапкерді өз мандаты шеңберінде босқын деп таныды (танылған күні: {recognizedOnLong}{#certificateNumber}, анықтама № {certificateNumber}{/certificateNumber}). БЖКБ-ның тануы қудалаудан қорқудың негізді екенін растайды және жауапкер оны ескеруге тиіс еді.{/unhcr}',
        },
        {
          kind: 'p',
          text: '{#extradition}Қазақстан Республикасына талапкерді ұстап беру туралы сұрау түсті ({requestingState}; түскен күні: {receivedOnLong}){#charges}; айыптар: {charges}{/charges}. Ұстап беру туралы сұрау сұрау салған мемлекет тарапынан қудалауды көрсетеді және {applicant.fullName} қайтарылған жағдайда төнетін қатерді бағалау кезінде ескерілуге тиіс.{/extradition}',
        },
        {
          kind: 'p',
          text: 'Босқындардың мәртебесі туралы 1951 жылғы Конвенцияның 33-бабына сәйкес ешбір Уағдаласушы мемлекет босқынды өмірі немесе бостандығы қатерде болатын елдің шекарасына шығармауға немесе қайтармауға тиіс. Азаптауларға қарсы Конвенцияның 3-бабы адамды азаптау қаупі бар мемлекетке шығаруға, қайтаруға немесе беруге тыйым салады. Бас тартуға сотқа шағымдану құқығы «Босқындар туралы» Қазақстан Республикасының Заңында (бабын тексеріңіз) және ҚР Әкімшілік рәсімдік-процестік кодексінде (баптарын тексеріңіз) көзделген.',
        },
        {
          kind: 'p',
          text: 'Шағымдану мерзімі: шешім алынған күннен бастап {terms.refusalAppeal.text}{^terms.refusalAppeal.confirmed} (мерзімді бюро растамаған — тексеріңіз){/terms.refusalAppeal.confirmed}.',
        },
        { kind: 'heading', text: 'СҰРАЙМЫН:' },
        {
          kind: 'line',
          text: '1. Жауапкердің {refusal.decidedOn} күнгі талапкерге босқын мәртебесін беруден бас тарту туралы шешімін заңсыз деп танып, оның күшін жою.',
        },
        {
          kind: 'line',
          text: '2. Жауапкерді талапкердің босқын мәртебесін беру туралы өтінішін қайта қарауға міндеттеу.',
        },
        {
          kind: 'line',
          text: '3. Алдын ала қорғау шарасы ретінде сот шешімі заңды күшіне енгенге дейін талапкерді шығаруға, депортациялауға және ұстап беруге тыйым салу (шараның атауын және ҚР ӘРПК бойынша тәртібін тексеріңіз).',
        },
        { kind: 'heading', text: 'Қосымшалар:' },
        { kind: 'line', text: '1. {refusal.decidedOn} күнгі шешімнің көшірмесі.' },
        {
          kind: 'line',
          text: '2. Пана іздеген адам куәлігінің көшірмесі{#applicant.asylumCertificate.number} № {applicant.asylumCertificate.number}{/applicant.asylumCertificate.number}.',
        },
        { kind: 'line', text: '3. Өкілдің ордері (сенімхаты).' },
        {
          kind: 'line',
          text: '4. Мемлекеттік бажды төлеу туралы құжат немесе одан босату туралы өтініш (тексеріңіз).',
        },
        {
          kind: 'sign',
          lines: ['{office.city}, {todayLong}', 'Талапкердің өкілі, адвокат ____________ {lawyer.shortName}'],
        },
      ],
    },
  },
};
