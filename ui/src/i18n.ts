// UI wording in Chinese and English. Labels show both languages: the chosen one first, the other
// smaller beside it. Messages about the draft (findings) come from the core in both languages.
import { createContext, useContext } from "react";

export type Lang = "zh" | "en";
export interface Text {
  zh: string;
  en: string;
}

export const LangContext = createContext<Lang>("zh");
export const useLang = () => useContext(LangContext);

/** The text in the chosen language. */
export function pick(t: Text, lang: Lang): string {
  return lang === "zh" ? t.zh : t.en;
}

/** One language of a core text written as "中文 / English" (the English part starts after the
 * first "/ " followed by a Latin letter); the whole text when it has no such split. */
export function oneLanguage(text: string, lang: Lang): string {
  const m = /\s*\/ (?=[A-Za-z])/.exec(text);
  if (!m) return text;
  return lang === "zh" ? text.slice(0, m.index).trim() : text.slice(m.index + m[0].length).trim();
}

/** Both languages, the chosen one first, separated by a space. */
export function both(t: Text, lang: Lang): string {
  return lang === "zh" ? `${t.zh} ${t.en}` : `${t.en} ${t.zh}`;
}

/** Runs `fn` after the next frame has been painted. */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => window.setTimeout(fn, 0));
}

/**
 * Runs `fn` once the frame showing what is mounted now has been painted and presented: at the
 * second animation frame from now (the first frame paints it), as scripts/bare-webkit.py waits
 * for the static page it compares the app with.
 */
export function afterPresented(fn: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => fn()));
}

/** A time in the chosen language's conventions (the system locale may differ). */
export function localTime(date: Date, lang: Lang, withDate = false): string {
  const locale = lang === "zh" ? "zh-CN" : "en-GB";
  return withDate ? date.toLocaleString(locale) : date.toLocaleTimeString(locale);
}

export const UI = {
  appTitle: { zh: "备案助手", en: "ICP Filing Assistant" },
  drafts: { zh: "我的草稿", en: "My drafts" },
  newDraft: { zh: "新建草稿", en: "New draft" },
  importDraft: { zh: "导入草稿", en: "Import draft" },
  open: { zh: "打开", en: "Open" },
  saveAs: { zh: "另存为", en: "Save as" },
  export: { zh: "导出", en: "Export" },
  delete: { zh: "删除", en: "Delete" },
  deleteConfirm: { zh: "删除这份草稿及其备份？", en: "Delete this draft and its backup?" },
  draftName: { zh: "草稿名称", en: "Draft name" },
  province: { zh: "省份", en: "Province" },
  entityName: { zh: "主体名称", en: "Entity name" },
  lastEdit: { zh: "最后修改", en: "Last edit" },
  errors: { zh: "错误", en: "Errors" },
  actions: { zh: "操作", en: "Actions" },
  unreadable: { zh: "无法读取", en: "Unreadable" },
  noDrafts: { zh: "还没有草稿，点击“新建草稿”开始。", en: "No drafts yet: choose “New draft” to start." },
  back: { zh: "上一步", en: "Back" },
  next: { zh: "保存并继续", en: "Save and continue" },
  toDrafts: { zh: "返回草稿列表", en: "Back to drafts" },
  saved: { zh: "已自动保存", en: "Saved" },
  saving: { zh: "正在保存…", en: "Saving…" },
  saveFailed: { zh: "保存失败", en: "Save failed" },
  problem: { zh: "存在问题", en: "There is a problem" },
  problemsElsewhere: { zh: "其他步骤还有问题", en: "Other steps have problems" },
  noProblems: { zh: "本步骤未发现问题", en: "No problems found in this step" },
  source: { zh: "依据", en: "Source" },
  dispute: { zh: "来源说法不一", en: "Sources disagree" },
  showSource: { zh: "查看依据", en: "Show source" },
  hint: { zh: "本省提示", en: "Province notes" },
  addWebsite: { zh: "添加网站", en: "Add website" },
  removeWebsite: { zh: "删除此网站", en: "Remove this website" },
  website: { zh: "网站", en: "Website" },
  copyPrincipal: { zh: "同主体负责人", en: "Same as entity person-in-charge" },
  copyEntityPerson: { zh: "同主体（个人）信息", en: "Same as the entity (individual)" },
  domainHolder: { zh: "域名持有者", en: "Domain holder" },
  websitePrincipal: { zh: "网站负责人", en: "Website person-in-charge" },
  checklistTitle: { zh: "需要准备的材料", en: "Materials to prepare" },
  material: { zh: "材料", en: "Material" },
  reason: { zh: "原因", en: "Why" },
  letterAvailable: { zh: "可生成", en: "Can be generated" },
  lettersTitle: { zh: "信函", en: "Letters" },
  noLetters: { zh: "这份草稿不需要本程序生成的信函。", en: "This draft needs no letter from this app." },
  preview: { zh: "预览", en: "Preview" },
  savePdf: { zh: "另存为 PDF", en: "Save as PDF" },
  print: { zh: "打印", en: "Print" },
  savedTo: { zh: "已保存到", en: "Saved to" },
  openedViewer: { zh: "已在系统 PDF 阅读器中打开，请从那里打印。", en: "Opened in the system PDF viewer: print from there." },
  longTerm: { zh: "长期", en: "Long-term" },
  start: { zh: "开始", en: "Start" },
  end: { zh: "截止", en: "End" },
  sampleOpened: {
    zh: "欢迎！这是一份示例草稿（广东公司），可以随意修改；返回草稿列表可新建您自己的草稿。",
    en: "Welcome! This is a sample draft (a Guangdong company) to explore; go back to the drafts to start your own.",
  },
  corrupt: { zh: "草稿无法打开（文件未作任何改动）", en: "The draft cannot be opened (the file was not changed)" },
  error: { zh: "出错了", en: "Something went wrong" },
  cancel: { zh: "取消", en: "Cancel" },
  ok: { zh: "确定", en: "OK" },
  theme: { zh: "深色", en: "Dark" },
  language: { zh: "语言", en: "Language" },
  images: { zh: "上传图片", en: "Upload images" },
  attach: { zh: "选择图片", en: "Choose image" },
  exportImage: { zh: "导出合规图片", en: "Export upload-ready image" },
  finish: { zh: "完成", en: "Done" },
  severityError: { zh: "错误", en: "Error" },
  remove: { zh: "删除", en: "Remove" },
  previousFilings: { zh: "已备案网站", en: "Websites already filed" },
  addPreviousFiling: { zh: "添加已备案网站", en: "Add a filed website" },
  sameAsLegalRep: { zh: "同法定代表人", en: "Same as the legal representative" },
  noLegalRep: { zh: "请先在“主体信息”中填写法定代表人", en: "Fill in the legal representative in “Entity” first" },
  sameAsEntityName: { zh: "同主体名称", en: "Same as the entity name" },
  domains: { zh: "域名", en: "Domains" },
  domain: { zh: "域名", en: "Domain" },
  addDomain: { zh: "添加域名", en: "Add a domain" },
  removeDomain: { zh: "删除此域名", en: "Remove this domain" },
  newSiteForDomain: { zh: "为此域名新建网站", en: "New website for this domain" },
  preapprovals: { zh: "前置审批", en: "Pre-approvals" },
  addPreapproval: { zh: "添加已取得的前置审批", en: "Add a permit held" },
  notInvolved: { zh: "不涉及的前置审批", en: "Areas not involved" },
  preapprovalHint: {
    zh: "网站内容涉及新闻、出版、教育、医疗、药品、文化、网络视听、金融等领域时，需填写已取得的审批文号；不涉及的领域勾选“不涉及”，本程序会生成《不涉及前置审批承诺书》。",
    en: "If the website's content touches news, publishing, education, medicine, drugs, culture, audio-visual, finance and similar areas, enter the permit you hold; tick the areas it does not involve and the app prepares the 不涉及前置审批承诺书.",
  },
  severityWarning: { zh: "警告", en: "Warning" },
  workspace: { zh: "工作区", en: "Workspace" },
  searchDrafts: { zh: "搜索草稿名称或主体", en: "Search draft or entity" },
  allProvinces: { zh: "全部省份", en: "All provinces" },
  allStates: { zh: "全部状态", en: "All states" },
  onlyErrors: { zh: "只看有错误的", en: "Only with errors" },
  shownOf: { zh: "显示", en: "Showing" },
  kind: { zh: "备案类型", en: "Kind" },
  state: { zh: "状态", en: "State" },
  warnings: { zh: "警告", en: "Warnings" },
  nextDate: { zh: "下一个日期", en: "Next date" },
  overdue: { zh: "公安备案逾期", en: "police filing overdue" },
  exportCalendar: { zh: "导出日历（.ics）", en: "Export calendar (.ics)" },
  calendarSaved: { zh: "个日期已导出到", en: "dates exported to" },
  upcoming: { zh: "近期日期", en: "Upcoming dates" },
  noUpcoming: { zh: "没有即将到来的日期。", en: "No dates coming up." },
  clearFilters: { zh: "清除筛选", en: "Clear filters" },
  startChange: { zh: "开始变更", en: "Start a change" },
  startChangeConfirm: {
    zh: "把当前的主体和网站信息记为“已备案信息”，备案类型改为变更备案、状态改为变更中？之后修改的内容会在“变更内容”中逐项列出。",
    en: "Record the current entity and websites as the filing on record, and make this a change filing (change pending)? What you edit afterwards is listed in “Changes”.",
  },
  changesTitle: { zh: "变更内容", en: "Changes" },
  changesIntro: { zh: "与已备案信息相比（审核通过时的主体和网站）", en: "Compared with the filing on record (the entity and websites as approved)" },
  noChanges: { zh: "与已备案信息相同，还没有变更。修改主体或网站信息后，这里逐项列出变更。", en: "Same as the filing on record: nothing changed yet. Edit the entity or websites and the changes are listed here." },
  operations: { zh: "需要办理的备案操作", en: "Filing operations needed" },
  field: { zh: "字段", en: "Field" },
  change: { zh: "变化", en: "Change" },
  before: { zh: "已备案", en: "As filed" },
  after: { zh: "变更后", en: "Now" },
  changed: { zh: "修改", en: "changed" },
  added: { zh: "新增", en: "added" },
  removed: { zh: "删除", en: "removed" },
  filingProgress: { zh: "备案进度", en: "Filing progress" },
  afterApproval: { zh: "审核通过后", en: "After approval" },
  footerTitle: { zh: "网站页脚备案号", en: "Website footer" },
  footerIntro: {
    zh: "审核通过后，在每个网站首页底部放上备案号并链接到工信部备案系统。复制下面的代码。",
    en: "Once approved, put the filing number at the bottom of each website's home page, linked to MIIT's filing system. Copy the code below.",
  },
  footerHtml: { zh: "HTML 代码", en: "HTML code" },
  footerText: { zh: "纯文本", en: "Plain text" },
  copy: { zh: "复制", en: "Copy" },
  copied: { zh: "已复制", en: "Copied" },
  notes: { zh: "说明", en: "Notes" },
  policeSteps: { zh: "公安联网备案步骤", en: "Public-security filing steps" },
  noNumberYet: { zh: "尚无备案号", en: "No number yet" },
} satisfies Record<string, Text>;

export const STEPS: Record<string, Text> = {
  application: { zh: "备案类型与省份", en: "Kind and province" },
  entity: { zh: "主体信息", en: "Entity" },
  principal: { zh: "主体负责人", en: "Person in charge" },
  websites: { zh: "网站信息", en: "Websites" },
  checklist: { zh: "材料清单", en: "Materials checklist" },
  letters: { zh: "信函", en: "Letters" },
  changes: { zh: "变更内容", en: "Changes" },
  after: { zh: "审核通过后", en: "After approval" },
};
