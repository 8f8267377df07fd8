import type { BaseCatalog, Catalog } from './en';
import { applicantsMessages } from './parts/applicants';
import { backupMessages } from './parts/backup';
import { caseFileMessages } from './parts/caseFile';
import { deadlinesMessages } from './parts/deadlines';
import { desktopMessages } from './parts/desktop';
import { documentsMessages } from './parts/documents';
import { incidentsMessages } from './parts/incidents';
import { protectionMessages } from './parts/protection';
import { purgeRequestMessages } from './parts/purgeRequests';
import { reportsMessages } from './parts/reports';
import { searchMessages } from './parts/search';
import { seizureMessages } from './parts/seizure';
import { spreadsheetImportMessages } from './parts/spreadsheetImport';
import { syncMessages } from './parts/sync';

const kkBase: BaseCatalog = {
  'app.name': 'Panoh',
  'app.tagline': 'Босқындарды қорғайтын адвокаттарға арналған шифрланған істер',
  'app.offline': 'Желісіз. Ештеңе бұл компьютерден шықпайды.',
  'lang.label': 'Тіл',
  'lang.ru': 'Русский',
  'lang.kk': 'Қазақша',
  'lang.en': 'English',
  'common.working': 'Орындалуда…',
  'common.cancel': 'Болдырмау',
  'common.save': 'Сақтау',
  'common.show': 'Көрсету',
  'common.hide': 'Жасыру',
  'common.capsLock': 'Caps Lock қосулы.',

  'create.title': 'Қойманы құру',
  'create.intro':
    'Клиенттердің деректері осы компьютердегі бір шифрланған файлда сақталады. Тек сіз және бюродағы әріптестеріңіз білетін құпия сөз тіркесін таңдаңыз. Онсыз немесе қалпына келтіру кілтінсіз файлды ешкім, соның ішінде біз де, оқи алмайды.',
  'create.passphrase': 'Құпия сөз тіркесі',
  'create.passphraseHint': 'Кемінде {min} таңба. Бір-бірімен байланыссыз бірнеше сөзді есте сақтау оңай, ал табу қиын.',
  'create.confirm': 'Құпия сөз тіркесін қайталаңыз',
  'create.submit': 'Шифрланған қойма құру',

  'strength.label': 'Сенімділігі',
  'strength.tooShort': 'Тым қысқа',
  'strength.weak': 'Әлсіз: тағы сөз қосыңыз',
  'strength.fair': 'Орташа',
  'strength.strong': 'Сенімді',
  'strength.note': 'Бұл тек бағалау.',

  'recovery.title': 'Қалпына келтіру кілтін жазып алыңыз',
  'recovery.intro':
    'Құпия сөз тіркесі ұмытылса, қойманы тек осы кілт ашады. Ол бір рет қана көрсетіледі. Оны қағазға жазып, бюроның сейфінде сақтаңыз: осы компьютерде де, телефонда да емес.',
  'recovery.keyLabel': 'Қалпына келтіру кілті',
  'recovery.confirm': 'Қалпына келтіру кілтін жазып алдым және қауіпсіз жерге қойдым',
  'recovery.continue': 'Қойманы ашу',

  'unlock.title': 'Қойманың құлпын ашу',
  'unlock.intro': 'Қойма құлыпталған. Жалғастыру үшін құпия сөз тіркесін енгізіңіз.',
  'unlock.passphrase': 'Құпия сөз тіркесі',
  'unlock.submit': 'Құлпын ашу',
  'unlock.useRecovery': 'Құпия сөз тіркесін ұмыттыңыз ба? Қалпына келтіру кілтін пайдаланыңыз',
  'unlock.lockedBy.user': 'Қойма құлыпталды.',
  'unlock.lockedBy.idle': 'Әрекетсіз біраз уақыттан кейін қойма өздігінен құлыпталды.',
  'unlock.lockedBy.system':
    'Компьютер ұйқы режиміне өткендіктен немесе экран құлыпталғандықтан, қойма өздігінен құлыпталды.',

  'recover.title': 'Қалпына келтіру кілтімен ашу',
  'recover.intro': 'Қойма құрылғанда жазып алынған қалпына келтіру кілтін енгізіп, жаңа құпия сөз тіркесін таңдаңыз.',
  'recover.key': 'Қалпына келтіру кілті',
  'recover.keyHint': '32 таңба; сызықша мен бос орын міндетті емес.',
  'recover.newPassphrase': 'Жаңа құпия сөз тіркесі',
  'recover.confirm': 'Жаңа құпия сөз тіркесін қайталаңыз',
  'recover.submit': 'Ашу және жаңа тіркес орнату',
  'recover.back': 'Құпия сөз тіркесіне оралу',

  'shell.nav.label': 'Бөлімдер',
  'shell.nav.applicants': 'Өтініш берушілер',
  'shell.nav.incidents': 'Қудалау оқиғалары',
  'shell.nav.deadlines': 'Мерзімдер',
  'shell.nav.reports': 'Есептер',
  'shell.nav.sync': 'USB арқылы алмасу',
  'shell.nav.settings': 'Баптаулар',
  'shell.nav.import': 'Импорт',
  'shell.nav.audit': 'Әрекеттер журналы',
  'shell.nav.trash': 'Жақында жойылғандар',
  'shell.nav.conflictsBadge': 'шешу керек: {count}',
  'shell.lock': 'Құлыптау',
  'shell.lockShortcut': 'Ctrl+L',
  'shell.unlockedNotice': 'Қойма ашық. Әрекетсіз {minutes} минуттан кейін құлыпталады.',
  'shell.notYet': 'Әзірге қолжетімсіз',

  'settings.title': 'Баптаулар',
  'settings.passphrase.title': 'Құпия сөз тіркесін өзгерту',
  'settings.passphrase.current': 'Қазіргі құпия сөз тіркесі',
  'settings.passphrase.new': 'Жаңа құпия сөз тіркесі',
  'settings.passphrase.confirm': 'Жаңа құпия сөз тіркесін қайталаңыз',
  'settings.passphrase.submit': 'Құпия сөз тіркесін өзгерту',
  'settings.passphrase.done': 'Құпия сөз тіркесі өзгертілді. Қалпына келтіру кілті әлі де жарамды.',
  'settings.autoLock.title': 'Автоматты құлыптау',
  'settings.autoLock.label': 'Әрекетсіз осынша минуттан кейін құлыптау',
  'settings.autoLock.submit': 'Сақтау',
  'settings.autoLock.done': 'Сақталды.',
  'settings.autoLock.note':
    'Компьютер ұйқы режиміне өткенде немесе экран құлыпталғанда, сондай-ақ Ctrl+L басқанда да қойма құлыпталады.',
  'settings.language.title': 'Тіл',

  'form.required': 'Міндетті өріс.',
  'form.nameRequired': 'Тегін немесе атын көрсетіңіз: біреуі жеткілікті.',
  'form.legalBasisRequired': 'Бюро мерзімді тексерген құқықтық негізді көрсетіңіз.',
  'form.passphraseTooShort': 'Құпия сөз тіркесі кемінде {min} таңбадан тұруы керек.',
  'form.passphraseTooLong': 'Құпия сөз тіркесі тым ұзын.',
  'form.mismatch': 'Екі тіркес сәйкес келмейді.',
  'form.recoveryKeyMalformed':
    'Қалпына келтіру кілті 32 латын әрпі мен цифрдан тұрады. Оны қағаздағы көшірмемен салыстырыңыз.',
  'form.autoLockRange': '{min} мен {max} аралығындағы бүтін сан енгізіңіз.',
  'form.tooLong': 'Тым ұзын.',
  'form.tooShort': 'Тым қысқа.',
  'form.tooMany': 'Жазбалар тым көп.',
  'form.markup': '< > таңбалары мен HTML кодтарын алып тастаңыз: есімдер қарапайым мәтінмен жазылады.',
  'form.controlCharacters': 'Көрінбейтін басқару таңбалары бар; қайта теріңіз.',
  'form.invalidDate': 'Бұл күн емес. Жылды (1989), айды (05.1989) немесе күнді (14.05.1989) жазыңыз.',
  'form.invalidFullDate': 'Толық күнді жазыңыз, мысалы 14.05.2026.',
  'form.unknownCountry': 'ISO тізімінде мұндай ел коды жоқ.',
  'form.unknownLanguage': 'ISO тізімінде мұндай тіл коды жоқ.',
  'form.invalidChoice': 'Ұсынылған мәндердің бірін таңдаңыз.',
  'form.invalidType': 'Мәннің түрі қате.',
  'form.unknownField': 'Белгісіз өріс (бағанның немесе өрістің атауын тексеріңіз).',
  'form.unknownReference': 'Қоймада да, осы файлда да жоқ адамға сілтеме.',
  'form.duplicateReference': 'Бұл сілтеме файлда екі рет кездеседі.',
  'form.attachmentTooLarge': 'Файл тым үлкен.',
  'form.invalidFile': 'Файлды оқу мүмкін емес.',
  'form.invalid': 'Жарамсыз мән.',

  'error.VAULT_NOT_FOUND': 'Қойма файлы табылмады. Жолды немесе флешканың қосылғанын тексеріңіз.',
  'error.VAULT_ALREADY_EXISTS': 'Мұнда қойма бұрыннан бар. Ештеңе қайта жазылған жоқ.',
  'error.VAULT_NOT_A_VAULT': 'Бұл файл Panoh қоймасы емес. Ештеңе өзгерген жоқ.',
  'error.VAULT_KEYS_MISSING':
    'Осы қойманың кілт файлы (аты сондай, соңы .keys) жоқ. Оны қойманың жанына қайтарыңыз: онсыз қойманы ашу мүмкін емес.',
  'error.VAULT_DAMAGED':
    'Қойма файлы зақымданған және ашылмайды. Оны сақтық көшірмеден қалпына келтіріңіз. Ештеңе өзгерген жоқ.',
  'error.VAULT_TOO_NEW':
    'Бұл қойманы Panoh-тың жаңарақ нұсқасы жасаған (деректер нұсқасы {version}; бұл бағдарлама {supported} нұсқасына дейін біледі). Panoh-ты жаңартыңыз.',
  'error.VAULT_FOLDER_READONLY':
    'Panoh қойма қалтасына жаза алмайды. Диск немесе флешка жазудан қорғалмағанын тексеріңіз.',
  'error.VAULT_IN_USE': 'Қойма басқа терезеде немесе бағдарламада ашық. Алдымен оны сонда жабыңыз.',
  'error.VAULT_LOCKED': 'Қойма құлыпталған. Құлпын ашып, қайталаңыз.',
  'error.VAULT_ALREADY_UNLOCKED': 'Қойманың құлпы ашық тұр.',
  'error.WRONG_PASSPHRASE':
    'Құпия сөз тіркесі қате. Пернетақта тілін (кирилл немесе латын) және Caps Lock-ты тексеріңіз. Қойма өзгерген жоқ.',
  'error.WRONG_RECOVERY_KEY': 'Бұл қалпына келтіру кілті осы қойманы ашпайды. Қойма өзгерген жоқ.',
  'error.PASSPHRASE_TOO_SHORT': 'Құпия сөз тіркесі кемінде {min} таңбадан тұруы керек.',
  'error.PASSPHRASE_UNCHANGED': 'Жаңа құпия сөз тіркесі қазіргісімен бірдей.',
  'error.DISK_FULL': 'Диск толы. Ештеңе сақталмады; орын босатып, қайталаңыз.',
  'error.RECORD_NOT_FOUND': 'Мұндай жазба жоқ немесе жойылған. «Жақында жойылғандар» бөлімін қараңыз.',
  'error.IMPORT_INVALID':
    'Файлда {errors} қате бар; ештеңе импортталмады. Оларды түзетіп, бүкіл файлды қайта импорттаңыз.',
  'error.ATTACHMENT_TOO_LARGE': 'Файл {maxMegabytes} МБ-тан үлкен, сондықтан қосылмады.',
  'error.ATTACHMENT_UNSUPPORTED': 'Тек PDF, JPEG, PNG және Word (.docx) файлдарын тіркеуге болады. Ештеңе қосылмады.',
  'error.INVALID_INPUT': 'Енгізілген деректердің бір бөлігі жарамсыз. Ештеңе сақталмады.',
  'error.UNKNOWN_METHOD': 'Бағдарлама рұқсат етілмеген әрекетті сұрады. Ештеңе өзгерген жоқ.',
  'error.FORBIDDEN_SENDER': 'Сұрау Panoh-тың өзінен келмеді және қабылданбады.',
  'error.CORE_UNAVAILABLE':
    'Шифрланған қойма жауап беруді тоқтатты. Panoh-ты қайта іске қосыңыз; сақталған деректер қауіпсіз.',
  'error.INTERNAL': 'Panoh ішінде қате болды. Ештеңе сақталмады. Бағдарламаны қайта іске қосып, қайталаңыз.',
};

export const kk: Catalog = {
  ...kkBase,
  ...applicantsMessages.kk,
  ...incidentsMessages.kk,
  ...reportsMessages.kk,
  ...deadlinesMessages.kk,
  ...syncMessages.kk,
  ...protectionMessages.kk,
  ...seizureMessages.kk,
  ...purgeRequestMessages.kk,
  ...searchMessages.kk,
  ...spreadsheetImportMessages.kk,
  ...backupMessages.kk,
  ...desktopMessages.kk,
  ...documentsMessages.kk,
  ...caseFileMessages.kk,
};
