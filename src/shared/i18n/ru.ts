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

const ruBase: BaseCatalog = {
  'app.name': 'Panoh',
  'app.tagline': 'Зашифрованные дела для адвокатов, защищающих беженцев',
  'app.offline': 'Без сети. Ничего не покидает этот компьютер.',
  'lang.label': 'Язык',
  'lang.ru': 'Русский',
  'lang.kk': 'Қазақша',
  'lang.en': 'English',
  'common.working': 'Выполняется…',
  'common.cancel': 'Отмена',
  'common.save': 'Сохранить',
  'common.show': 'Показать',
  'common.hide': 'Скрыть',
  'common.capsLock': 'Включён Caps Lock.',

  'create.title': 'Создание хранилища',
  'create.intro':
    'Данные клиентов хранятся в одном зашифрованном файле на этом компьютере. Выберите парольную фразу, которую знаете только вы и ваши коллеги по бюро. Без неё или ключа восстановления файл не прочитает никто, в том числе мы.',
  'create.passphrase': 'Парольная фраза',
  'create.passphraseHint':
    'Не менее {min} символов. Несколько не связанных между собой слов легко запомнить и трудно угадать.',
  'create.confirm': 'Повторите парольную фразу',
  'create.submit': 'Создать зашифрованное хранилище',

  'strength.label': 'Надёжность',
  'strength.tooShort': 'Слишком коротко',
  'strength.weak': 'Слабая: добавьте слов',
  'strength.fair': 'Средняя',
  'strength.strong': 'Надёжная',
  'strength.note': 'Это лишь оценка.',

  'recovery.title': 'Запишите ключ восстановления',
  'recovery.intro':
    'Если парольная фраза забыта, только этот ключ откроет хранилище. Он показывается один раз. Запишите его на бумаге и храните в сейфе бюро, а не на этом компьютере и не в телефоне.',
  'recovery.keyLabel': 'Ключ восстановления',
  'recovery.confirm': 'Я записал(а) ключ восстановления и убрал(а) его в надёжное место',
  'recovery.continue': 'Открыть хранилище',

  'unlock.title': 'Разблокировать хранилище',
  'unlock.intro': 'Хранилище заблокировано. Введите парольную фразу, чтобы продолжить.',
  'unlock.passphrase': 'Парольная фраза',
  'unlock.submit': 'Разблокировать',
  'unlock.useRecovery': 'Забыли парольную фразу? Используйте ключ восстановления',
  'unlock.lockedBy.user': 'Хранилище заблокировано.',
  'unlock.lockedBy.idle': 'Хранилище заблокировалось само после периода бездействия.',
  'unlock.lockedBy.system': 'Хранилище заблокировалось само: компьютер ушёл в сон или экран был заблокирован.',

  'recover.title': 'Разблокировка ключом восстановления',
  'recover.intro': 'Введите ключ восстановления, записанный при создании хранилища, и задайте новую парольную фразу.',
  'recover.key': 'Ключ восстановления',
  'recover.keyHint': '32 символа; дефисы и пробелы можно не вводить.',
  'recover.newPassphrase': 'Новая парольная фраза',
  'recover.confirm': 'Повторите новую парольную фразу',
  'recover.submit': 'Разблокировать и задать новую фразу',
  'recover.back': 'Назад к парольной фразе',

  'shell.nav.label': 'Разделы',
  'shell.nav.applicants': 'Заявители',
  'shell.nav.incidents': 'Инциденты',
  'shell.nav.deadlines': 'Сроки',
  'shell.nav.reports': 'Отчёты',
  'shell.nav.sync': 'Обмен по USB',
  'shell.nav.settings': 'Настройки',
  'shell.nav.import': 'Импорт',
  'shell.nav.audit': 'Журнал действий',
  'shell.nav.trash': 'Недавно удалённые',
  'shell.nav.conflictsBadge': 'решить: {count}',
  'shell.lock': 'Заблокировать',
  'shell.lockShortcut': 'Ctrl+L',
  'shell.unlockedNotice': 'Хранилище открыто. Оно заблокируется после {minutes} мин бездействия.',
  'shell.notYet': 'Пока недоступно',

  'settings.title': 'Настройки',
  'settings.passphrase.title': 'Смена парольной фразы',
  'settings.passphrase.current': 'Текущая парольная фраза',
  'settings.passphrase.new': 'Новая парольная фраза',
  'settings.passphrase.confirm': 'Повторите новую парольную фразу',
  'settings.passphrase.submit': 'Сменить парольную фразу',
  'settings.passphrase.done': 'Парольная фраза изменена. Ключ восстановления по-прежнему действует.',
  'settings.autoLock.title': 'Автоматическая блокировка',
  'settings.autoLock.label': 'Блокировать после стольких минут бездействия',
  'settings.autoLock.submit': 'Сохранить',
  'settings.autoLock.done': 'Сохранено.',
  'settings.autoLock.note':
    'Хранилище также блокируется, когда компьютер уходит в сон или блокируется экран, и по Ctrl+L.',
  'settings.language.title': 'Язык',

  'form.required': 'Обязательное поле.',
  'form.nameRequired': 'Укажите фамилию или имя: достаточно одного из них.',
  'form.legalBasisRequired': 'Укажите правовое основание, по которому бюро проверило срок.',
  'form.passphraseTooShort': 'Парольная фраза должна содержать не менее {min} символов.',
  'form.passphraseTooLong': 'Парольная фраза слишком длинная.',
  'form.mismatch': 'Фразы не совпадают.',
  'form.recoveryKeyMalformed':
    'Ключ восстановления состоит из 32 латинских букв и цифр. Сверьте его с бумажной копией.',
  'form.autoLockRange': 'Введите целое число от {min} до {max}.',
  'form.tooLong': 'Слишком длинно.',
  'form.tooShort': 'Слишком коротко.',
  'form.tooMany': 'Слишком много записей.',
  'form.markup': 'Уберите символы < > и HTML-коды: имена пишутся простым текстом.',
  'form.controlCharacters': 'Есть невидимые управляющие символы; наберите заново.',
  'form.invalidDate': 'Это не дата. Укажите год (1989), месяц (05.1989) или день (14.05.1989).',
  'form.invalidFullDate': 'Укажите полную дату, например 14.05.2026.',
  'form.unknownCountry': 'Такого кода страны нет в списке ISO.',
  'form.unknownLanguage': 'Такого кода языка нет в списке ISO.',
  'form.invalidChoice': 'Выберите одно из предложенных значений.',
  'form.invalidType': 'Неверный вид значения.',
  'form.unknownField': 'Неизвестное поле (проверьте написание столбца или поля).',
  'form.unknownReference': 'Ссылка на человека, которого нет ни в хранилище, ни в этом файле.',
  'form.duplicateReference': 'Эта ссылка встречается в файле дважды.',
  'form.attachmentTooLarge': 'Файл слишком большой.',
  'form.invalidFile': 'Файл не читается.',
  'form.invalid': 'Неверное значение.',

  'error.VAULT_NOT_FOUND': 'Файл хранилища не найден. Проверьте путь или подключена ли флешка.',
  'error.VAULT_ALREADY_EXISTS': 'Здесь уже есть хранилище. Ничего не перезаписано.',
  'error.VAULT_NOT_A_VAULT': 'Этот файл не является хранилищем Panoh. Ничего не изменено.',
  'error.VAULT_KEYS_MISSING':
    'Нет файла ключей этого хранилища (то же имя с окончанием .keys). Верните его рядом с хранилищем: без него хранилище не открыть.',
  'error.VAULT_DAMAGED':
    'Файл хранилища повреждён и не открывается. Восстановите его из резервной копии. Ничего не изменено.',
  'error.VAULT_TOO_NEW':
    'Это хранилище создано более новой версией Panoh (версия данных {version}; эта программа знает до {supported}). Обновите Panoh.',
  'error.VAULT_FOLDER_READONLY':
    'Panoh не может писать в папку хранилища. Проверьте, не защищены ли диск или флешка от записи.',
  'error.VAULT_IN_USE': 'Хранилище открыто в другом окне или программе. Сначала закройте его там.',
  'error.VAULT_LOCKED': 'Хранилище заблокировано. Разблокируйте его и повторите.',
  'error.VAULT_ALREADY_UNLOCKED': 'Хранилище уже разблокировано.',
  'error.WRONG_PASSPHRASE':
    'Неверная парольная фраза. Проверьте раскладку клавиатуры (кириллица или латиница) и Caps Lock. Хранилище не изменено.',
  'error.WRONG_RECOVERY_KEY': 'Этот ключ восстановления не подходит к хранилищу. Хранилище не изменено.',
  'error.PASSPHRASE_TOO_SHORT': 'Парольная фраза должна содержать не менее {min} символов.',
  'error.PASSPHRASE_UNCHANGED': 'Новая парольная фраза совпадает с текущей.',
  'error.DISK_FULL': 'Диск заполнен. Ничего не сохранено; освободите место и повторите.',
  'error.RECORD_NOT_FOUND': 'Такой записи нет или она удалена. Посмотрите в «Недавно удалённых».',
  'error.IMPORT_INVALID':
    'В файле ошибок: {errors}; ничего не импортировано. Исправьте их и импортируйте весь файл снова.',
  'error.ATTACHMENT_TOO_LARGE': 'Файл больше {maxMegabytes} МБ и не добавлен.',
  'error.ATTACHMENT_UNSUPPORTED': 'Прикреплять можно только PDF, JPEG, PNG и Word (.docx). Ничего не добавлено.',
  'error.INVALID_INPUT': 'Часть введённых данных неверна. Ничего не сохранено.',
  'error.UNKNOWN_METHOD': 'Программа запросила недопустимое действие. Ничего не изменено.',
  'error.FORBIDDEN_SENDER': 'Запрос пришёл не от самого Panoh и отклонён.',
  'error.CORE_UNAVAILABLE':
    'Зашифрованное хранилище перестало отвечать. Перезапустите Panoh; сохранённые данные в безопасности.',
  'error.INTERNAL': 'Внутренняя ошибка Panoh. Ничего не сохранено. Перезапустите программу и повторите.',
};

export const ru: Catalog = {
  ...ruBase,
  ...applicantsMessages.ru,
  ...incidentsMessages.ru,
  ...reportsMessages.ru,
  ...deadlinesMessages.ru,
  ...syncMessages.ru,
  ...protectionMessages.ru,
  ...seizureMessages.ru,
  ...purgeRequestMessages.ru,
  ...searchMessages.ru,
  ...spreadsheetImportMessages.ru,
  ...backupMessages.ru,
  ...desktopMessages.ru,
  ...documentsMessages.ru,
  ...caseFileMessages.ru,
};
