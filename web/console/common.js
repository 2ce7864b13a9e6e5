// Sanad staff console: what the login page and the console share. The UI strings in both
// languages, the language switch, DOM helpers (text only: nothing from the server is ever
// parsed as HTML), the fetch helper (CSRF header, 401 -> login, the API's error message) and
// accessible dialogs. Plain ES module: no framework, no build step.

export const LANGS = ["ar", "pt"];
const STORAGE_KEY = "sanad-console-lang";

const T = {
  pt: {
    "app.name": "Sanad — console de suporte",
    "app.short": "Sanad",
    "app.skip": "Pular para o conteúdo",
    "lang.switch": "العربية",
    "lang.switchLabel": "Mudar a interface para árabe",
    "lang.auto": "Automática",
    "lang.any": "Todas",
    "lang.ar": "Árabe",
    "lang.pt": "Português",
    "login.title": "Entrar no console do Sanad",
    "login.intro": "Para a equipe de suporte: pesquisar respostas, ver o que os visitantes perguntam e cuidar das perguntas frequentes.",
    "login.username": "Usuário",
    "login.password": "Senha",
    "login.submit": "Entrar",
    "login.busy": "Entrando…",
    "login.ok": "Sessão iniciada. Abrindo o console…",
    "user.label": "Conectado como {name} ({role})",
    "role.editor": "editor",
    "role.viewer": "leitor",
    "logout": "Sair",
    "nav.label": "Seções do console",
    "nav.search": "Pesquisa",
    "nav.questions": "Perguntas dos visitantes",
    "nav.feedback": "Avaliações negativas",
    "nav.dashboard": "Painel",
    "nav.faq": "Perguntas frequentes",
    "nav.history": "Histórico",
    "loading": "Carregando…",
    "err.network": "Não foi possível falar com o servidor. Verifique a conexão e tente de novo.",
    "err.http": "O servidor respondeu com o erro {status}.",
    "close": "Fechar",
    "yes": "sim",
    "no": "não",
    "none": "—",
    "score": "pontuação {n}",
    "band.high": "alta",
    "band.medium": "média",
    "band.low": "baixa",
    "search.intro": "Veja o que o Sanad responderia, com as fontes em contexto.",
    "search.q": "Pergunta (em árabe ou português)",
    "search.lang": "Língua",
    "search.submit": "Pesquisar",
    "search.busy": "Pesquisando…",
    "search.done": "Resultado pronto: {short}",
    "search.best": "Melhor resposta",
    "search.unanswered": "O Sanad não sabe responder a esta pergunta.",
    "search.suggestions": "Perguntas que ele sugeriria",
    "search.confidence": "Confiança",
    "search.citations": "Fontes citadas, em contexto",
    "search.noCitations": "Nenhuma fonte citada.",
    "search.faqSource": "Pergunta frequente",
    "search.open": "Abrir o artigo",
    "search.copy": "Copiar resposta",
    "search.copied": "Copiado",
    "search.copyFailed": "Não foi possível copiar; selecione o texto abaixo e copie.",
    "search.reply": "Resposta pronta para colar",
    "search.faqHits": "Perguntas frequentes encontradas",
    "search.sentenceHits": "Frases dos artigos encontradas",
    "search.nothing": "Nada encontrado.",
    "search.context": "Ver no contexto",
    "questions.intro": "Perguntas que o Sanad não soube responder ou respondeu com pouca confiança, agrupadas.",
    "questions.kind": "Tipo",
    "questions.kind.unanswered": "Sem resposta",
    "questions.kind.low": "Pouca confiança",
    "questions.kind.all": "Todas",
    "questions.lang": "Língua",
    "questions.since": "De",
    "questions.until": "Até",
    "questions.apply": "Filtrar",
    "questions.caption": "Perguntas dos visitantes: {n} grupos",
    "questions.question": "Pergunta",
    "questions.count": "Vezes",
    "questions.first": "Primeira vez",
    "questions.last": "Última vez",
    "questions.answered": "Respondida",
    "questions.confidence": "Confiança média",
    "questions.actions": "Ações",
    "questions.variants": "{n} formas de perguntar",
    "questions.create": "Criar pergunta frequente",
    "questions.empty": "Nenhuma pergunta com estes filtros.",
    "questions.loaded": "{n} grupos de perguntas.",
    "feedback.intro": "Respostas que os visitantes marcaram como não úteis.",
    "feedback.caption": "Avaliações negativas: {n}",
    "feedback.date": "Data",
    "feedback.question": "Pergunta",
    "feedback.answer": "Resposta dada",
    "feedback.comment": "Comentário",
    "feedback.empty": "Nenhuma avaliação negativa neste período.",
    "feedback.loaded": "{n} avaliações negativas.",
    "dash.days": "Período",
    "dash.daysN": "Últimos {n} dias",
    "dash.apply": "Atualizar",
    "dash.perDay": "Perguntas por dia",
    "dash.perDaySummary": "Perguntas por dia nos últimos {n} dias, por língua: {total} no total, {ar} em árabe e {pt} em português; o dia com mais perguntas foi {day}, com {max}.",
    "dash.perDayEmpty": "Nenhuma pergunta nos últimos {n} dias.",
    "dash.rate": "Taxa de respostas",
    "dash.rateSummary": "{p}% das {total} perguntas foram respondidas.",
    "dash.top": "Perguntas mais feitas",
    "dash.topSummary": "As perguntas mais feitas: {list}.",
    "dash.topEmpty": "Ainda não há perguntas.",
    "dash.table": "Ver os dados em tabela",
    "dash.date": "Dia",
    "dash.total": "Total",
    "dash.answered": "Respondidas",
    "dash.count": "Vezes",
    "dash.loaded": "Painel atualizado.",
    "faq.intro": "As perguntas frequentes de onde o Sanad tira as respostas. As mudanças valem em segundos.",
    "faq.lang": "Língua",
    "faq.new": "Nova pergunta frequente",
    "faq.readonly": "Somente leitura: seu papel é leitor.",
    "faq.caption": "Perguntas frequentes em {lang}: {n}",
    "faq.question": "Pergunta",
    "faq.answer": "Resposta",
    "faq.alternates": "Outras formas",
    "faq.supports": "Frases de apoio",
    "faq.version": "Versão",
    "faq.updated": "Atualizada",
    "faq.updatedBy": "{by}, {at}",
    "faq.actions": "Ações",
    "faq.edit": "Editar",
    "faq.delete": "Excluir",
    "faq.editLabel": "Editar: {q}",
    "faq.deleteLabel": "Excluir: {q}",
    "faq.empty": "Nenhuma pergunta frequente nesta língua.",
    "faq.loaded": "{n} perguntas frequentes.",
    "editor.new": "Nova pergunta frequente ({lang})",
    "editor.edit": "Editar pergunta frequente ({lang})",
    "editor.meta": "Versão {v}, atualizada por {by} em {at}",
    "editor.question": "Pergunta",
    "editor.alternates": "Outras formas de perguntar (uma por linha)",
    "editor.answer": "Resposta",
    "editor.supports": "Frases dos artigos que apoiam a resposta",
    "editor.noSupports": "Nenhuma frase escolhida.",
    "editor.remove": "Remover",
    "editor.add": "Adicionar",
    "editor.added": "Já adicionada",
    "editor.pickLabel": "Procurar frases nos artigos",
    "editor.pick": "Procurar",
    "editor.picking": "Procurando frases…",
    "editor.picked": "{n} frases encontradas.",
    "editor.supportAdded": "Frase adicionada.",
    "editor.supportRemoved": "Frase removida.",
    "editor.missing": "(esta frase já não existe no artigo)",
    "editor.save": "Salvar",
    "editor.cancel": "Cancelar",
    "editor.saved": "Pergunta frequente salva (versão {v}).",
    "editor.created": "Pergunta frequente criada.",
    "editor.deleted": "Pergunta frequente excluída.",
    "conflict.title": "Alguém salvou esta pergunta antes de você",
    "conflict.text": "{by} salvou a versão {v} em {at}, depois que você começou a editar. Compare e escolha o que fazer.",
    "conflict.gone": "Outra pessoa excluiu esta pergunta frequente enquanto você editava.",
    "conflict.field": "Campo",
    "conflict.theirs": "Versão salva (v{v})",
    "conflict.yours": "Sua versão",
    "conflict.loadTheirs": "Carregar a versão salva (descartar a minha)",
    "conflict.overwrite": "Salvar a minha por cima da versão {v}",
    "conflict.recreate": "Criar de novo com o meu texto",
    "conflict.back": "Voltar à edição",
    "conflict.loaded": "Versão {v} carregada no editor.",
    "confirm.deleteTitle": "Excluir esta pergunta frequente?",
    "confirm.deleteText": "“{q}” deixará de ser usada nas respostas. A exclusão fica no histórico e pode ser revertida.",
    "confirm.delete": "Excluir",
    "confirm.cancel": "Cancelar",
    "confirm.changed": "Esta pergunta mudou desde que a lista foi carregada; a lista foi atualizada.",
    "history.intro": "Cada mudança nas perguntas frequentes: quem, quando, antes e depois.",
    "history.entry": "Pergunta frequente",
    "history.all": "Todas",
    "history.apply": "Filtrar",
    "history.line": "{who} {action} em {at}",
    "history.action.create": "criou",
    "history.action.update": "editou",
    "history.action.delete": "excluiu",
    "history.action.revert": "reverteu",
    "history.field": "Campo",
    "history.before": "Antes",
    "history.after": "Depois",
    "history.changed": "(mudou)",
    "history.nothing": "(nada)",
    "history.revert": "Reverter esta mudança",
    "history.reverted": "Mudança revertida.",
    "history.empty": "Nenhuma mudança.",
    "history.loaded": "{n} mudanças.",
    "field.question": "Pergunta",
    "field.alternates": "Outras formas",
    "field.answer": "Resposta",
    "field.supports": "Frases de apoio",
    "field.lang": "Língua",
  },
  ar: {
    "app.name": "سند — لوحة فريق الدعم",
    "app.short": "سند",
    "app.skip": "انتقل إلى المحتوى",
    "lang.switch": "Português",
    "lang.switchLabel": "التبديل إلى واجهة برتغالية",
    "lang.auto": "تلقائي",
    "lang.any": "الكل",
    "lang.ar": "العربية",
    "lang.pt": "البرتغالية",
    "login.title": "تسجيل الدخول إلى لوحة سند",
    "login.intro": "لفريق الدعم: البحث عن الإجابات، ومعرفة ما يسأله الزوار، وإدارة الأسئلة الشائعة.",
    "login.username": "اسم المستخدم",
    "login.password": "كلمة المرور",
    "login.submit": "دخول",
    "login.busy": "جارٍ تسجيل الدخول…",
    "login.ok": "تم تسجيل الدخول. جارٍ فتح اللوحة…",
    "user.label": "مسجّل باسم {name} ({role})",
    "role.editor": "محرر",
    "role.viewer": "مشاهد",
    "logout": "تسجيل الخروج",
    "nav.label": "أقسام اللوحة",
    "nav.search": "البحث",
    "nav.questions": "أسئلة الزوار",
    "nav.feedback": "التقييمات السلبية",
    "nav.dashboard": "لوحة المؤشرات",
    "nav.faq": "الأسئلة الشائعة",
    "nav.history": "سجل التغييرات",
    "loading": "جارٍ التحميل…",
    "err.network": "تعذّر الاتصال بالخادم. تحقق من الاتصال ثم أعد المحاولة.",
    "err.http": "ردّ الخادم بالخطأ {status}.",
    "close": "إغلاق",
    "yes": "نعم",
    "no": "لا",
    "none": "—",
    "score": "الدرجة {n}",
    "band.high": "عالية",
    "band.medium": "متوسطة",
    "band.low": "منخفضة",
    "search.intro": "اعرف بماذا سيجيب سند، مع المصادر في سياقها.",
    "search.q": "السؤال (بالعربية أو البرتغالية)",
    "search.lang": "اللغة",
    "search.submit": "ابحث",
    "search.busy": "جارٍ البحث…",
    "search.done": "النتيجة جاهزة: {short}",
    "search.best": "أفضل إجابة",
    "search.unanswered": "لا يعرف سند إجابة هذا السؤال.",
    "search.suggestions": "أسئلة سيقترحها",
    "search.confidence": "الثقة",
    "search.citations": "المصادر المذكورة في سياقها",
    "search.noCitations": "لا مصادر مذكورة.",
    "search.faqSource": "سؤال شائع",
    "search.open": "افتح المقال",
    "search.copy": "انسخ الرد",
    "search.copied": "تم النسخ",
    "search.copyFailed": "تعذّر النسخ؛ حدّد النص أدناه وانسخه.",
    "search.reply": "رد جاهز للصق",
    "search.faqHits": "الأسئلة الشائعة المطابقة",
    "search.sentenceHits": "جمل المقالات المطابقة",
    "search.nothing": "لا نتائج.",
    "search.context": "اعرضها في سياقها",
    "questions.intro": "أسئلة لم يعرف سند إجابتها أو أجاب عنها بثقة منخفضة، مجمّعة.",
    "questions.kind": "النوع",
    "questions.kind.unanswered": "بلا إجابة",
    "questions.kind.low": "ثقة منخفضة",
    "questions.kind.all": "الكل",
    "questions.lang": "اللغة",
    "questions.since": "من",
    "questions.until": "إلى",
    "questions.apply": "تصفية",
    "questions.caption": "أسئلة الزوار: {n} مجموعة",
    "questions.question": "السؤال",
    "questions.count": "العدد",
    "questions.first": "أول مرة",
    "questions.last": "آخر مرة",
    "questions.answered": "أُجيب",
    "questions.confidence": "متوسط الثقة",
    "questions.actions": "إجراءات",
    "questions.variants": "{n} صيغ للسؤال",
    "questions.create": "أنشئ سؤالًا شائعًا",
    "questions.empty": "لا أسئلة بهذه المرشحات.",
    "questions.loaded": "{n} مجموعة أسئلة.",
    "feedback.intro": "إجابات وصفها الزوار بأنها غير مفيدة.",
    "feedback.caption": "التقييمات السلبية: {n}",
    "feedback.date": "التاريخ",
    "feedback.question": "السؤال",
    "feedback.answer": "الإجابة المقدمة",
    "feedback.comment": "التعليق",
    "feedback.empty": "لا تقييمات سلبية في هذه الفترة.",
    "feedback.loaded": "{n} تقييمات سلبية.",
    "dash.days": "الفترة",
    "dash.daysN": "آخر {n} يومًا",
    "dash.apply": "تحديث",
    "dash.perDay": "الأسئلة يوميًا",
    "dash.perDaySummary": "الأسئلة يوميًا في آخر {n} يومًا حسب اللغة: {total} إجمالًا، منها {ar} بالعربية و{pt} بالبرتغالية؛ وأكثر الأيام أسئلةً {day} بعدد {max}.",
    "dash.perDayEmpty": "لا أسئلة في آخر {n} يومًا.",
    "dash.rate": "نسبة الأسئلة المُجاب عنها",
    "dash.rateSummary": "أُجيب عن {p}% من {total} سؤالًا.",
    "dash.top": "الأسئلة الأكثر تكرارًا",
    "dash.topSummary": "الأسئلة الأكثر تكرارًا: {list}.",
    "dash.topEmpty": "لا أسئلة بعد.",
    "dash.table": "اعرض البيانات في جدول",
    "dash.date": "اليوم",
    "dash.total": "المجموع",
    "dash.answered": "المُجاب عنها",
    "dash.count": "العدد",
    "dash.loaded": "تم تحديث لوحة المؤشرات.",
    "faq.intro": "الأسئلة الشائعة التي يجيب منها سند. تسري التغييرات خلال ثوانٍ.",
    "faq.lang": "اللغة",
    "faq.new": "سؤال شائع جديد",
    "faq.readonly": "للقراءة فقط: صلاحيتك مشاهد.",
    "faq.caption": "الأسئلة الشائعة ب{lang}: {n}",
    "faq.question": "السؤال",
    "faq.answer": "الإجابة",
    "faq.alternates": "صيغ أخرى",
    "faq.supports": "جمل داعمة",
    "faq.version": "الإصدار",
    "faq.updated": "آخر تعديل",
    "faq.updatedBy": "{by}، {at}",
    "faq.actions": "إجراءات",
    "faq.edit": "تعديل",
    "faq.delete": "حذف",
    "faq.editLabel": "تعديل: {q}",
    "faq.deleteLabel": "حذف: {q}",
    "faq.empty": "لا أسئلة شائعة بهذه اللغة.",
    "faq.loaded": "{n} سؤالًا شائعًا.",
    "editor.new": "سؤال شائع جديد ({lang})",
    "editor.edit": "تعديل سؤال شائع ({lang})",
    "editor.meta": "الإصدار {v}، عدّله {by} في {at}",
    "editor.question": "السؤال",
    "editor.alternates": "صيغ أخرى للسؤال (صيغة في كل سطر)",
    "editor.answer": "الإجابة",
    "editor.supports": "جمل من المقالات تدعم الإجابة",
    "editor.noSupports": "لم تُختر أي جملة.",
    "editor.remove": "أزل",
    "editor.add": "أضف",
    "editor.added": "مضافة",
    "editor.pickLabel": "ابحث عن جمل في المقالات",
    "editor.pick": "ابحث",
    "editor.picking": "جارٍ البحث عن الجمل…",
    "editor.picked": "وُجدت {n} جمل.",
    "editor.supportAdded": "أُضيفت الجملة.",
    "editor.supportRemoved": "أُزيلت الجملة.",
    "editor.missing": "(لم تعد هذه الجملة موجودة في المقال)",
    "editor.save": "احفظ",
    "editor.cancel": "إلغاء",
    "editor.saved": "حُفظ السؤال الشائع (الإصدار {v}).",
    "editor.created": "أُنشئ السؤال الشائع.",
    "editor.deleted": "حُذف السؤال الشائع.",
    "conflict.title": "حفظ شخص آخر هذا السؤال قبلك",
    "conflict.text": "حفظ {by} الإصدار {v} في {at} بعد أن بدأت التعديل. قارن بين النسختين واختر.",
    "conflict.gone": "حذف شخص آخر هذا السؤال الشائع أثناء تعديلك.",
    "conflict.field": "الحقل",
    "conflict.theirs": "النسخة المحفوظة (الإصدار {v})",
    "conflict.yours": "نسختك",
    "conflict.loadTheirs": "حمّل النسخة المحفوظة (تجاهل نسختي)",
    "conflict.overwrite": "احفظ نسختي فوق الإصدار {v}",
    "conflict.recreate": "أنشئه من جديد بنصي",
    "conflict.back": "ارجع إلى التعديل",
    "conflict.loaded": "حُمّل الإصدار {v} في المحرر.",
    "confirm.deleteTitle": "حذف هذا السؤال الشائع؟",
    "confirm.deleteText": "لن يُستخدم «{q}» في الإجابات بعد الآن. يبقى الحذف في السجل ويمكن التراجع عنه.",
    "confirm.delete": "احذف",
    "confirm.cancel": "إلغاء",
    "confirm.changed": "تغيّر هذا السؤال منذ تحميل القائمة؛ حُدّثت القائمة.",
    "history.intro": "كل تغيير في الأسئلة الشائعة: من غيّره، ومتى، وقبل التغيير وبعده.",
    "history.entry": "السؤال الشائع",
    "history.all": "الكل",
    "history.apply": "تصفية",
    "history.line": "{who} {action} في {at}",
    "history.action.create": "أنشأ",
    "history.action.update": "عدّل",
    "history.action.delete": "حذف",
    "history.action.revert": "تراجع",
    "history.field": "الحقل",
    "history.before": "قبل",
    "history.after": "بعد",
    "history.changed": "(تغيّر)",
    "history.nothing": "(لا شيء)",
    "history.revert": "تراجع عن هذا التغيير",
    "history.reverted": "تم التراجع عن التغيير.",
    "history.empty": "لا تغييرات.",
    "history.loaded": "{n} تغييرات.",
    "field.question": "السؤال",
    "field.alternates": "صيغ أخرى",
    "field.answer": "الإجابة",
    "field.supports": "جمل داعمة",
    "field.lang": "اللغة",
  },
};

// --- language --------------------------------------------------------------------------------

let current = initialLang();
const listeners = [];

function initialLang() {
  let saved = null;
  try {
    saved = localStorage.getItem(STORAGE_KEY);
  } catch {
    saved = null;
  }
  if (LANGS.includes(saved)) return saved;
  const browser = (navigator.language || "").slice(0, 2);
  return LANGS.includes(browser) ? browser : "pt";
}

export const uiLang = () => current;

export function t(key, vars) {
  let text = T[current][key];
  if (text === undefined) text = T.pt[key] !== undefined ? T.pt[key] : key;
  if (vars) text = text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
  return text;
}

/** Sets every static string of `root` from its data-i18n* attributes. */
export function translate(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-label]")) {
    el.setAttribute("aria-label", t(el.dataset.i18nLabel));
  }
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) {
    el.setAttribute("placeholder", t(el.dataset.i18nPlaceholder));
  }
  for (const el of root.querySelectorAll("[data-i18n-title]")) {
    document.title = t(el.dataset.i18nTitle);
  }
}

export function setLang(lang) {
  if (!LANGS.includes(lang)) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  const html = document.documentElement;
  html.lang = lang;
  html.dir = lang === "ar" ? "rtl" : "ltr";
  translate();
  const status = document.getElementById("status");
  if (status) status.textContent = ""; // a message in the other language would now be misread
  for (const listener of listeners) listener(lang);
}

export const onLangChange = (fn) => listeners.push(fn);

/** The language toggle button: shows the other language, in that language. */
export function wireLangToggle(button) {
  const label = () => {
    const other = current === "ar" ? "pt" : "ar";
    button.textContent = t("lang.switch");
    button.lang = other;
    button.setAttribute("aria-label", t("lang.switchLabel"));
  };
  button.addEventListener("click", () => setLang(current === "ar" ? "pt" : "ar"));
  onLangChange(label);
  label();
}

// --- formatting ------------------------------------------------------------------------------

const LOCALES = { ar: "ar-u-nu-latn", pt: "pt-BR" };

export function fmtDate(value, withTime = true) {
  if (!value) return t("none");
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const options = withTime
    ? { dateStyle: "short", timeStyle: "short" }
    : { dateStyle: "short" };
  return new Intl.DateTimeFormat(LOCALES[current], options).format(date);
}

export function fmtNum(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(Number(value))) return t("none");
  return Number(value).toFixed(digits);
}

export const langName = (code) => (LANGS.includes(code) ? t(`lang.${code}`) : code || "");

// --- DOM -------------------------------------------------------------------------------------

/**
 * h("p", {class: "x", text: "hello", on: {click: fn}}, child...): an element. `text` sets
 * textContent; every other prop is an attribute (true -> "", null/false -> left out).
 */
export function h(tag, props, ...kids) {
  const el = document.createElement(tag);
  setProps(el, props);
  el.append(...kids.flat().filter((k) => k !== null && k !== undefined && k !== false));
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function s(tag, props, ...kids) {
  const el = document.createElementNS(SVG_NS, tag);
  setProps(el, props);
  el.append(...kids.flat().filter((k) => k !== null && k !== undefined && k !== false));
  return el;
}

function setProps(el, props) {
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") el.textContent = String(value);
    else if (key === "on") {
      for (const [name, fn] of Object.entries(value)) el.addEventListener(name, fn);
    } else el.setAttribute(key, value === true ? "" : String(value));
  }
}

export const $ = (selector, root = document) => root.querySelector(selector);

/**
 * Requests that race: `const turn = latest()`, then per request `const mine = turn()` and,
 * once it answers, `if (!mine()) return` (a newer request was made meanwhile: drop this one).
 */
export function latest() {
  let count = 0;
  return () => {
    const ticket = ++count;
    return () => ticket === count;
  };
}

/**
 * A section's load, then draw, cycle. Every view that fetches data and shows it in a results
 * box (search, visitors' questions, feedback, dashboard, FAQ list, history) goes through this
 * one function so that they all behave alike. The box is aria-busy while a request runs. An
 * answer that arrives after a newer request was made is dropped (latest()). A failure goes to
 * ctx.fail. Each draw starts from an empty box.
 *
 *   const view = loader({ ctx, results, form, request, draw, empty, done, start, disable });
 *
 * - `request(...args)`: asks the API; resolves to the value to keep (`view.value`).
 * - `draw(value)`: fills the box. `view.render()` empties the box first. It draws nothing
 *   before the first answer. With `empty` (an i18n key), an empty list is shown as that note.
 * - `done(value, ...args)`: after the draw; announces the result.
 * - `start(...args)`: runs first, instead of the default ctx.clear(). Returning false means
 *   no load at all.
 * - `form`: its submit calls `view.load()`. `disable`: controls that stay disabled while a
 *   request runs.
 * `view.load(...args)` passes its arguments to start, request and done. It never throws.
 */
export function loader({ ctx, results, form, request, draw, empty, done, start, disable = [] }) {
  const turn = latest();
  const view = {
    value: null,
    render() {
      results.replaceChildren();
      if (!view.value) return;
      if (empty && !view.value.length) {
        results.append(h("p", { class: "note", text: t(empty) }));
        return;
      }
      draw(view.value);
    },
    async load(...args) {
      if (!start) ctx.clear();
      else if (start(...args) === false) return;
      const mine = turn();
      const busy = (on) => {
        results.setAttribute("aria-busy", String(on));
        for (const control of disable) control.disabled = on;
      };
      busy(true);
      try {
        const value = await request(...args);
        if (!mine()) return;
        view.value = value;
        view.render();
        if (done) done(value, ...args);
      } catch (error) {
        if (mine()) ctx.fail(error);
      } finally {
        if (mine()) busy(false);
      }
    },
  };
  if (form) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      view.load();
    });
  }
  return view;
}

let uid = 0;
export const nextId = (prefix) => `${prefix}-${++uid}`;

/** Polite announcement in the live region (and visible in the status bar). */
export function announce(message) {
  const region = document.getElementById("status");
  if (!region) return;
  region.textContent = "";
  clearTimeout(announce.timer);
  // a new text node a moment later, so the same message twice is announced twice; the
  // visible toast goes away after a while
  setTimeout(() => {
    region.textContent = message;
    announce.timer = setTimeout(() => {
      if (region.textContent === message) region.textContent = "";
    }, 8000);
  }, 30);
}

/** An error for `box` (a role=alert element): the API's message, in its own language. */
export function showError(box, error) {
  if (!box) return;
  if (!error) {
    box.textContent = "";
    box.hidden = true;
    box.removeAttribute("lang");
    return;
  }
  box.textContent = error.message || String(error);
  if (error.fromServer) box.setAttribute("lang", "en");
  else box.removeAttribute("lang");
  box.hidden = false;
}

// --- API -------------------------------------------------------------------------------------

export class ApiError extends Error {
  constructor(status, code, message, fromServer = false) {
    super(message);
    this.status = status;
    this.code = code;
    this.fromServer = fromServer;
  }
}

let csrfToken = null;
export const setCsrf = (token) => {
  csrfToken = token;
};

export function loginUrl() {
  const here = location.pathname + location.search + location.hash;
  return `/console/login?next=${encodeURIComponent(here)}`;
}

/**
 * api("/console/api/faq", {method, query, body}): the JSON answer (null for 204).
 * Sends X-CSRF-Token on every change; a 401 sends the browser to the login page; any other
 * failure throws an ApiError carrying the API's `error.message`.
 */
export async function api(path, options = {}) {
  const { method = "GET", query, body, login = false, retried = false } = options;
  let url = path;
  if (query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== null && value !== undefined && value !== "") params.set(key, value);
    }
    const text = params.toString();
    if (text) url += `?${text}`;
  }
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch {
    throw new ApiError(0, "network", t("err.network"));
  }
  if (response.status === 204) return null;
  let data = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (response.ok) return data;
  const error = (data && data.error) || {};
  if (response.status === 401 && !login) {
    location.assign(loginUrl());
    throw new ApiError(401, error.code || "login_required", error.message || "", true);
  }
  if (response.status === 403 && error.code === "csrf_failed" && !retried) {
    // the token went stale (e.g. a new login in another tab): fetch it again, try once more
    const me = await api("/console/api/me");
    setCsrf(me.csrf_token);
    return api(path, { ...options, retried: true });
  }
  const message = error.message || t("err.http", { status: response.status });
  throw new ApiError(response.status, error.code || "http", message, Boolean(error.message));
}

// --- dialogs ---------------------------------------------------------------------------------

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Opens a <dialog> modally; Tab stays inside, Escape closes, focus goes back afterwards. */
export function openDialog(dialog, focusFirst) {
  const opener = document.activeElement;
  if (!dialog.dataset.wired) {
    dialog.dataset.wired = "1";
    dialog.addEventListener("keydown", (event) => {
      if (event.key !== "Tab") return;
      const items = [...dialog.querySelectorAll(FOCUSABLE)].filter(
        (el) => el.offsetParent !== null || el === document.activeElement,
      );
      if (!items.length) return;
      const first = items[0];
      const last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    });
  }
  dialog.addEventListener(
    "close",
    () => {
      const active = document.activeElement;
      const lost = !active || active === document.body || dialog.contains(active);
      if (lost && opener && opener.isConnected && typeof opener.focus === "function") {
        opener.focus();
      }
    },
    { once: true },
  );
  dialog.showModal();
  const target = focusFirst || dialog.querySelector(FOCUSABLE);
  if (target) target.focus();
}
