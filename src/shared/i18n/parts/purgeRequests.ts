import { defineMessages } from '../defineMessages';

/** A colleague's "delete forever" of a record still live here, waiting in Recently deleted for a lawyer's word. */
export const purgeRequestMessages = defineMessages({
  en: {
    'trash.requests.title': 'A colleague asks to delete forever',
    'trash.requests.intro':
      'A colleague deleted these records forever on their computer. Here they are kept until you decide: “Delete forever” erases the record with everything that belongs to it, “Keep” leaves it as it is.',
    'trash.requests.caption': 'Requests to delete forever, most recent first',
    'trash.requests.column.requestedAt': 'Received',
    'trash.requests.confirm': 'Delete forever',
    'trash.requests.confirmNamed': 'Delete forever as the colleague asks: {label}',
    'trash.requests.keep': 'Keep',
    'trash.requests.keepNamed': 'Keep {label}',
    'trash.requests.confirmed': 'Deleted forever: {label}.',
    'trash.requests.kept': 'Kept: {label}.',
    'trash.flushPending':
      'Deleted forever, but another program (a backup, a report from the command line) is reading the vault right now, so old traces stay in the file until it closes. Panoh finishes the erasure when you lock the vault or open it again.',
    'sync.import.purgeRequests':
      'A colleague asks to delete records forever that are still here: {count}. See Recently deleted.',
    'audit.action.purge_declined': 'Colleague’s request to delete forever declined',
  },
  ru: {
    'trash.requests.title': 'Коллега просит удалить навсегда',
    'trash.requests.intro':
      'Коллега удалил эти записи навсегда на своём компьютере. Здесь они сохранены, пока вы не решите: «Удалить навсегда» стирает запись со всем, что к ней относится, «Оставить» сохраняет её как есть.',
    'trash.requests.caption': 'Просьбы удалить навсегда, сначала последние',
    'trash.requests.column.requestedAt': 'Получено',
    'trash.requests.confirm': 'Удалить навсегда',
    'trash.requests.confirmNamed': 'Удалить навсегда по просьбе коллеги: {label}',
    'trash.requests.keep': 'Оставить',
    'trash.requests.keepNamed': 'Оставить: {label}',
    'trash.requests.confirmed': 'Удалено навсегда: {label}.',
    'trash.requests.kept': 'Оставлено: {label}.',
    'trash.flushPending':
      'Удалено навсегда, но другая программа (резервное копирование, отчёт из командной строки) сейчас читает хранилище, поэтому старые следы остаются в файле, пока она не закроется. Panoh завершит стирание, когда вы заблокируете хранилище или откроете его снова.',
    'sync.import.purgeRequests':
      'Коллега просит удалить навсегда записи, которые здесь ещё есть: {count}. См. «Недавно удалённые».',
    'audit.action.purge_declined': 'Просьба коллеги удалить навсегда отклонена',
  },
  kk: {
    'trash.requests.title': 'Әріптес біржола жоюды сұрайды',
    'trash.requests.intro':
      'Әріптес бұл жазбаларды өз компьютерінде біржола жойды. Мұнда олар сіз шешкенше сақталады: «Біржола жою» жазбаны оған қатысты барлық деректерімен өшіреді, «Қалдыру» оны сол күйінде сақтайды.',
    'trash.requests.caption': 'Біржола жою туралы өтініштер, алдымен соңғылары',
    'trash.requests.column.requestedAt': 'Алынған күні',
    'trash.requests.confirm': 'Біржола жою',
    'trash.requests.confirmNamed': 'Әріптестің өтініші бойынша біржола жою: {label}',
    'trash.requests.keep': 'Қалдыру',
    'trash.requests.keepNamed': 'Қалдыру: {label}',
    'trash.requests.confirmed': 'Біржола жойылды: {label}.',
    'trash.requests.kept': 'Қалдырылды: {label}.',
    'trash.flushPending':
      'Біржола жойылды, бірақ басқа бағдарлама (сақтық көшірме, пәрмен жолынан есеп) қазір қойманы оқып жатыр, сондықтан ол жабылғанша ескі іздер файлда қалады. Қойманы құлыптағанда немесе қайта ашқанда Panoh өшіруді аяқтайды.',
    'sync.import.purgeRequests':
      'Әріптес мұнда әлі бар жазбаларды біржола жоюды сұрайды: {count}. «Жақында жойылғандар» бөлімін қараңыз.',
    'audit.action.purge_declined': 'Әріптестің біржола жою туралы өтініші қабылданбады',
  },
});
